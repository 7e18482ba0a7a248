using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using RoleBot.Protocol;

namespace RoleBot.Auth.Inbound;

/// <summary>The SDK's inbound decision procedure (docs/protocol.md §4.1), public cloud, no skills.</summary>
internal sealed class BotFrameworkRequestAuthenticator(
    IOptions<BotFrameworkOptions> options,
    AnonymousMode anonymousMode,
    ChannelTokenValidator channel,
    EmulatorTokenValidator emulator) : IRequestAuthenticator
{
    // The endpoint logs the failure, once per request, so it is not logged here.
    public Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        DecideAsync(authorizationHeader, activity, options.Value, cancellationToken);

    private async Task<AuthenticationResult> DecideAsync(
        string? header, Activity activity, BotFrameworkOptions settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return !settings.IsAuthenticationDisabled ? AuthenticationResult.Fail("missing Authorization header")
                : anonymousMode.IsRefused ? AuthenticationResult.Fail(AnonymousMode.RefusedReason)
                : AuthenticationResult.Anonymous;
        }

        // As in the SDK: with no app id there is nothing a token could be issued for, so a token cannot be valid.
        if (settings.IsAuthenticationDisabled)
        {
            return AuthenticationResult.Fail("Authorization header sent but no MicrosoftAppId is configured");
        }

        if (!BearerHeader.TryGetToken(header, out var raw))
        {
            return AuthenticationResult.Fail("Authorization header is not 'Bearer <token>'");
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Fail("malformed JWT");
        }

        return await ValidateAsync(token, activity, settings, cancellationToken);
    }

    private async Task<AuthenticationResult> ValidateAsync(
        JsonWebToken token, Activity activity, BotFrameworkOptions settings, CancellationToken cancellationToken)
    {
        var appId = settings.MicrosoftAppId!.Trim();
        if (token.IsSkillToken())
        {
            return AuthenticationResult.Fail("skill tokens are not accepted");
        }

        try
        {
            return EmulatorIssuers.IsAccepted(token.Issuer, settings.MicrosoftAppTenantId)
                ? await emulator.ValidateAsync(token, appId, cancellationToken)
                : await channel.ValidateAsync(token, activity, appId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Exception messages here come from metadata fetching or IdentityModel (which hides PII), never the raw
            // token; they are still bounded because IdentityModel may quote parts of the header it could not parse.
            return AuthenticationResult.Fail($"validation error: {ex.GetType().Name}: {LogValue.Untrusted(ex.Message, 200)}");
        }
    }
}

using Microsoft.IdentityModel.JsonWebTokens;
using RoleBot.Protocol;

namespace RoleBot.Auth.Inbound;

/// <summary>
/// Tokens the Bot Framework Emulator obtains from Entra ID for our app (docs/protocol.md §4.3). They carry no
/// serviceurl claim, so the serviceUrl stays untrusted and replies go out without a bearer token.
/// </summary>
internal sealed class EmulatorTokenValidator(SigningKeyStores stores, SignedTokenVerifier verifier)
{
    private static readonly AuthenticationResult Accepted = new(true, null, false, false);

    public async Task<AuthenticationResult> ValidateAsync(JsonWebToken token, string appId, CancellationToken cancellationToken)
    {
        var (_, failure) = await verifier.VerifyAsync(token, stores.Emulator, cancellationToken);
        if (failure is not null)
        {
            return AuthenticationResult.Fail(failure);
        }

        // Stricter than the SDK: without this, any token Entra issued to our app (even for another resource,
        // e.g. our own outbound Bot Connector token) would pass.
        if (!string.Equals(token.Audience(), appId, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail("emulator token audience does not match MicrosoftAppId");
        }

        var version = token.Get(AuthConstants.VersionClaim);
        var claim = version switch
        {
            null => null,
            "" or "1.0" => AuthConstants.AppIdClaim,
            "2.0" => AuthConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (claim is null)
        {
            return AuthenticationResult.Fail(version is null ? "emulator token has no ver claim" : $"emulator token version '{LogValue.Untrusted(version)}' is not supported");
        }

        return string.Equals(token.Get(claim), appId, StringComparison.Ordinal)
            ? Accepted
            : AuthenticationResult.Fail($"emulator token '{claim}' does not match MicrosoftAppId");
    }
}

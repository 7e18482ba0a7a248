using Microsoft.IdentityModel.JsonWebTokens;
using RoleBot.Protocol;

namespace RoleBot.Auth.Inbound;

/// <summary>
/// Tokens from Azure Bot Service channels (docs/protocol.md §4.2). Failure reasons quote token values only through
/// <see cref="LogValue"/>: until the checks pass, every claim is attacker text.
/// </summary>
internal sealed class ChannelTokenValidator(SigningKeyStores stores, SignedTokenVerifier verifier)
{
    public async Task<AuthenticationResult> ValidateAsync(
        JsonWebToken token, Activity activity, string appId, CancellationToken cancellationToken)
    {
        if (!string.Equals(token.Issuer, AuthConstants.ChannelIssuer, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail($"issuer '{LogValue.Untrusted(token.Issuer)}' is not accepted");
        }

        var (key, failure) = await verifier.VerifyAsync(token, stores.Channel, cancellationToken);
        if (failure is not null || key is null)
        {
            return AuthenticationResult.Fail(failure ?? "no signing key");
        }

        if (!string.Equals(token.Audience(), appId, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail("audience does not match MicrosoftAppId");
        }

        if (key.Endorsements is null)
        {
            return AuthenticationResult.Fail($"signing key '{LogValue.Untrusted(token.Kid)}' has no endorsements");
        }

        // Empty channelId passes in the SDK; we refuse it because the endorsement is what binds a key to a channel.
        if (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail($"signing key '{LogValue.Untrusted(token.Kid)}' is not endorsed for channel '{LogValue.Untrusted(activity.ChannelId)}'");
        }

        var serviceUrl = token.Get(AuthConstants.ServiceUrlClaim);
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationResult.Fail("token has no serviceurl claim");
        }

        return string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationResult.Trusted
            : AuthenticationResult.Fail("serviceurl claim does not match activity.serviceUrl");
    }
}

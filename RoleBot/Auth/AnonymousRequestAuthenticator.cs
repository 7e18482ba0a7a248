using Microsoft.Extensions.Options;
using RoleBot.Protocol;

namespace RoleBot.Auth;

/// <summary>
/// The authenticator used until a token validator is registered. Like the SDK with no app id, it accepts only
/// requests without an Authorization header; a header it cannot validate is a 401, never silently ignored.
/// </summary>
public sealed class AnonymousRequestAuthenticator(IOptions<BotFrameworkOptions> options) : IRequestAuthenticator
{
    public Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!options.Value.IsAuthenticationDisabled)
        {
            return Task.FromResult(AuthenticationResult.Fail("An app id is configured but no token validator is registered."));
        }

        return Task.FromResult(string.IsNullOrWhiteSpace(authorizationHeader)
            ? AuthenticationResult.Anonymous
            : AuthenticationResult.Fail("An Authorization header was sent but authentication is disabled (no app id)."));
    }
}

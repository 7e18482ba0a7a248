using RoleBot.Protocol;

namespace RoleBot.Auth.Inbound;

/// <summary>
/// Decides whether an inbound request may be processed. Runs after the activity is parsed because the
/// Bot Framework rules depend on its channelId and serviceUrl.
/// </summary>
public interface IRequestAuthenticator
{
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

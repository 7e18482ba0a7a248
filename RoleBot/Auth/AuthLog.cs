namespace RoleBot.Auth;

/// <summary>Startup lines about the authentication posture; they name configuration keys, never their values.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(201, LogLevel.Warning, "Anonymous mode ({Environment}): no MicrosoftAppId is configured, so /api/messages accepts unauthenticated requests and replies without a token. Set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId to require Bot Framework authentication")]
    public static partial void AnonymousActive(ILogger logger, string environment);

    [LoggerMessage(202, LogLevel.Error, "Anonymous mode refused ({Environment}): no MicrosoftAppId is configured, so /api/messages answers 401 to every request. Set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId, or set RoleBot:AllowAnonymous=true to accept unauthenticated traffic deliberately")]
    public static partial void AnonymousRefused(ILogger logger, string environment);
}

using Microsoft.Extensions.Options;

namespace RoleBot.Auth;

/// <summary>
/// Whether unauthenticated traffic is accepted. Without MicrosoftAppId there is nothing to validate a token
/// against, which suits local development; a published build deployed without credentials must not silently accept
/// anyone, so in Production it needs RoleBot:AllowAnonymous=true.
/// </summary>
/// <remarks>
/// Every host registers its environment; a bare service collection (a tool, a unit test) has none and is not Production.
/// </remarks>
public sealed class AnonymousMode(
    IOptions<BotFrameworkOptions> credentials, IOptions<AnonymousModeOptions> options, IHostEnvironment? environment = null)
{
    public const string RefusedReason =
        "anonymous mode is refused in Production: set MicrosoftAppId (with MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId as the app type needs), or RoleBot:AllowAnonymous=true";

    public string EnvironmentName => environment?.EnvironmentName ?? "no host";

    /// <summary>No app id is configured.</summary>
    public bool IsActive => credentials.Value.IsAuthenticationDisabled;

    /// <summary>No app id, and the environment does not allow running without one.</summary>
    public bool IsRefused => IsActive && environment?.IsProduction() == true && !options.Value.AllowAnonymous;
}

namespace RoleBot.Auth;

/// <summary>Bound from the standard Bot Framework configuration keys at the configuration root.</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public string ToChannelFromBotLoginUrlTemplate { get; set; } = "https://login.microsoftonline.com/{0}";
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>No app id means development mode: anonymous requests in, tokenless replies out.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    // Secrets must never reach logs, even through a debugger display or a logged options object.
    public override string ToString() =>
        $"MicrosoftAppType={MicrosoftAppType}, MicrosoftAppId={MicrosoftAppId}, MicrosoftAppTenantId={MicrosoftAppTenantId}, MicrosoftAppPassword={(string.IsNullOrEmpty(MicrosoftAppPassword) ? "<empty>" : "<redacted>")}";
}

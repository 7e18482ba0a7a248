namespace RoleBot.Auth;

// Values from botbuilder-dotnet AuthenticationConstants (docs/protocol.md §4.4).
internal static class AuthConstants
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string DefaultChannelAuthTenant = "botframework.com";
    public const string AnonymousSkillAppId = "AnonymousSkill";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public static readonly string[] AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    public const string AudienceClaim = "aud";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string TenantIdClaim = "tid";
    public const string ServiceUrlClaim = "serviceurl";
}

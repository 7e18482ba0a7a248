using Microsoft.IdentityModel.JsonWebTokens;

namespace RoleBot.Auth.Inbound;

internal static class TokenClaims
{
    public static string? Get(this JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) ? value : null;

    public static string? Audience(this JsonWebToken token) => token.Audiences.FirstOrDefault();

    // SDK JwtTokenValidation.GetAppIdFromClaims: v1 tokens name the caller in appid, v2 tokens in azp.
    public static string? CallerAppId(this JsonWebToken token) => token.Get(AuthConstants.VersionClaim) switch
    {
        null or "" or "1.0" => token.Get(AuthConstants.AppIdClaim),
        "2.0" => token.Get(AuthConstants.AuthorizedPartyClaim),
        _ => null,
    };

    // SDK SkillValidation.IsSkillClaim: another bot calling us. A Q&A bot has no allowed callers, so these are refused.
    public static bool IsSkillToken(this JsonWebToken token)
    {
        if (token.Get(AuthConstants.AppIdClaim) == AuthConstants.AnonymousSkillAppId)
        {
            return true;
        }

        var audience = token.Audience();
        var appId = token.CallerAppId();
        return token.Get(AuthConstants.VersionClaim) is not null
            && !string.IsNullOrEmpty(audience) && audience != AuthConstants.ChannelIssuer
            && !string.IsNullOrEmpty(appId) && appId != audience;
    }
}

using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Tests.Auth.Support;

/// <summary>Builds tokens shaped like the ones Azure Bot Service and Entra ID (for the Emulator) send.</summary>
internal static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "99999999-8888-7777-6666-555555555555";

    /// <summary>The client secret; tests search logs and errors for it.</summary>
    public const string AppPassword = "P@ssw0rd-never-log-7f3a";

    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    public static Dictionary<string, object> ChannelClaims(string serviceUrl = ServiceUrl) => new()
    {
        ["iss"] = "https://api.botframework.com",
        ["aud"] = AppId,
        ["serviceurl"] = serviceUrl,
    };

    public static Dictionary<string, object> EmulatorClaims(string version, string issuer) => new()
    {
        ["iss"] = issuer,
        ["aud"] = AppId,
        ["ver"] = version,
        [version == "2.0" ? "azp" : "appid"] = AppId,
        ["tid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db",
    };

    public static string Sign(SecurityKey key, IDictionary<string, object> claims, string algorithm = SecurityAlgorithms.RsaSha256,
        DateTime? notBefore = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    /// <summary>An unsigned token ("alg":"none") naming a real kid, as an attacker would send it.</summary>
    public static string Unsigned(string kid, IDictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new Dictionary<string, object>(claims)
        {
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Encode(new { alg = "none", typ = "JWT", kid })}.{Encode(payload)}.";
    }

    private static string Encode(object value) =>
        Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(value)));
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Tests.Auth.Support;

/// <summary>A locally generated RSA key and how the key server publishes it.</summary>
internal sealed class TestKey(string kid, string[]? endorsements)
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public RsaSecurityKey SecurityKey => new(_rsa) { KeyId = Kid };

    /// <summary>The JWKS entry; "endorsements" is omitted entirely when null.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}

using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Protocol;

namespace RoleBot.Auth.Inbound;

/// <summary>Checks what every accepted token shares: an RSA algorithm, a known kid, a valid signature and lifetime.</summary>
internal sealed class SignedTokenVerifier(TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <returns>The signing key on success, or the reason for rejection.</returns>
    public async Task<(SigningKey? Key, string? Failure)> VerifyAsync(
        JsonWebToken token, OpenIdKeyStore keys, CancellationToken cancellationToken)
    {
        if (!AuthConstants.AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return (null, $"signing algorithm '{LogValue.Untrusted(token.Alg)}' is not allowed");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return (null, "token has no kid");
        }

        var key = await keys.FindKeyAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return (null, $"unknown signing key kid '{LogValue.Untrusted(token.Kid)}' at {keys.MetadataUrl}");
        }

        var result = await Handler.ValidateTokenAsync(token, SignatureOnly(key.Key));
        if (!result.IsValid)
        {
            return (null, $"bad signature ({result.Exception?.GetType().Name})");
        }

        return (key, CheckLifetime(token));
    }

    private string? CheckLifetime(JsonWebToken token)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (token.ValidTo == DateTime.MinValue)
        {
            return "token has no expiry";
        }

        if (now > token.ValidTo + AuthConstants.ClockSkew)
        {
            return $"token expired at {token.ValidTo:O}";
        }

        return token.ValidFrom != DateTime.MinValue && now < token.ValidFrom - AuthConstants.ClockSkew
            ? $"token not valid before {token.ValidFrom:O}"
            : null;
    }

    // Issuer, audience and lifetime depend on the token kind and the activity, so they are checked by hand.
    private static TokenValidationParameters SignatureOnly(SecurityKey key) => new()
    {
        IssuerSigningKey = key,
        ValidAlgorithms = AuthConstants.AllowedAlgorithms,
        RequireSignedTokens = true,
        TryAllIssuerSigningKeys = false,
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateLifetime = false,
        RequireExpirationTime = false,
        ValidateIssuerSigningKey = false,
    };
}

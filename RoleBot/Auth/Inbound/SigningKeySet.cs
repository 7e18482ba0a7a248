using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Auth.Inbound;

/// <param name="Endorsements">Null when the JWKS entry has no endorsements member at all.</param>
internal sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string>? Endorsements);

internal sealed record SigningKeySet(IReadOnlyDictionary<string, SigningKey> Keys)
{
    public static SigningKeySet Empty { get; } = new(new Dictionary<string, SigningKey>());
}

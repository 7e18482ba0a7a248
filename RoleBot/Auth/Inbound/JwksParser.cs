using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Auth.Inbound;

// Parsed by hand because Microsoft.IdentityModel's key model silently drops the Bot Framework "endorsements" member.
internal static class JwksParser
{
    public static SigningKeySet Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("JWKS has no 'keys' array.");
        }

        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var element in keys.EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (key.Kty != JsonWebAlgorithmsKeyTypes.RSA || string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            result[key.Kid] = new SigningKey(key, ReadEndorsements(element));
        }

        return new SigningKeySet(result);
    }

    private static List<string>? ReadEndorsements(JsonElement key) =>
        key.TryGetProperty("endorsements", out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : null;
}

using System.Globalization;
using System.Text.Json;

namespace RoleBot.Auth.Outbound;

/// <summary>Reads OAuth token responses (Entra ID and the App Service identity endpoint) without logging them.</summary>
internal static class TokenResponse
{
    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
        }
        catch (JsonException ex)
        {
            throw new AccessTokenException($"{what} returned a body that is not JSON.", ex);
        }

        if (response.IsSuccessStatusCode && document!.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        using (document)
        {
            throw new AccessTokenException($"{what} failed with {(int)response.StatusCode} {response.StatusCode}{Describe(document)}");
        }
    }

    public static string AccessToken(JsonDocument document, string what) =>
        document.RootElement.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value
            ? value
            : throw new AccessTokenException($"{what} returned no access_token.");

    /// <summary>Numbers may arrive as JSON numbers or strings (the App Service endpoint quotes them).</summary>
    public static long? Number(JsonDocument document, string name) =>
        document.RootElement.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number => value.GetInt64(),
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        } : null;

    // OAuth errors carry a code and a description; neither contains the client secret.
    private static string Describe(JsonDocument? error)
    {
        if (error?.RootElement.ValueKind != JsonValueKind.Object)
        {
            return string.Empty;
        }

        var code = error.RootElement.TryGetProperty("error", out var c) ? c.ToString() : null;
        var description = error.RootElement.TryGetProperty("error_description", out var d) ? d.GetString()?.Split('\n')[0] : null;
        return code is null ? string.Empty : $": {code} {description}".TrimEnd();
    }
}

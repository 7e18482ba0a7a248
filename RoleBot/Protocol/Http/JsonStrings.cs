using System.Text.Json;

namespace RoleBot.Protocol.Http;

/// <summary>
/// System.Text.Json decodes strings only when they are read, so an escaped lone surrogate ("\ud800") inside value,
/// entities or channelData passes parsing and throws later: in a turn, or when the activity is written back out.
/// Untrusted JSON is checked once where it comes in (after the UTF-8 check, which covers unescaped bytes).
/// </summary>
public static class JsonStrings
{
    /// <summary>True when every escaped string and member name decodes to valid Unicode.</summary>
    public static bool AllDecode(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = ActivityJson.MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    reader.GetString();
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}

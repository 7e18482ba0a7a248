using System.Text;

namespace RoleBot.Dialogs.Prompts;

/// <summary>Lower-case words without punctuation, so "Product-Manager!" and "product manager" compare equal.</summary>
public static class PlainWords
{
    public static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', Words(builder.ToString()));
    }

    public static string[] Words(string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

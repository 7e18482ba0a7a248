namespace RoleBot.Dialogs.Prompts;

/// <summary>Lower-case words without punctuation, so "Product-Manager!" and "product manager" compare equal.</summary>
public static class PlainWords
{
    /// <summary>The runs of letters and digits, lower-cased, one space between them; read a few times a turn, so in one pass.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // A space is only written before a letter that follows a gap, so the words never need more room than the text.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var gap = false;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (!char.IsLetterOrDigit(lower))
            {
                gap = length > 0;
                continue;
            }

            if (gap)
            {
                buffer[length++] = ' ';
                gap = false;
            }

            buffer[length++] = lower;
        }

        return new string(buffer[..length]);
    }

    public static string[] Words(string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

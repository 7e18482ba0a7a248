namespace RoleBot.Dialogs.Prompts;

/// <summary>Lower-case words without punctuation, so "Product-Manager!" and "product manager" compare equal.</summary>
public static class PlainWords
{
    /// <summary>The words of <see cref="PlainPhrases.WordCursor"/>, lower-cased, one space between them; read a few times a turn, so in one pass.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // One space before every word but the first, and at least one other character was skipped for it: the words
        // never need more room than the text.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var words = new PlainPhrases.WordCursor(text);
        while (words.Next(out var word))
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            length += PlainPhrases.Lower(word, buffer[length..]).Length;
        }

        return new string(buffer[..length]);
    }

    public static string[] Words(string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

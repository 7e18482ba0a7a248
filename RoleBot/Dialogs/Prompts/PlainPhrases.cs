namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// Phrases compared as <see cref="PlainWords.Normalize"/> would compare them (lower-case words without punctuation,
/// word-aligned), without making either string: the cue lists are checked several times a turn, and normalising the
/// question again for every cue was about a third of the garbage of a whole card-answer turn.
/// </summary>
public static class PlainPhrases
{
    /// <summary>The phrase's words appear one after the other in the text (a phrase with no words: the text has none).</summary>
    public static bool Contains(string? text, string? phrase) => Matches(text, phrase, atStart: false, atEnd: false);

    /// <summary>The text's first words are the phrase's.</summary>
    public static bool StartsWith(string? text, string? phrase) => Matches(text, phrase, atStart: true, atEnd: false);

    /// <summary>The text's last words are the phrase's.</summary>
    public static bool EndsWith(string? text, string? phrase) => Matches(text, phrase, atStart: false, atEnd: true);

    private static bool Matches(string? text, string? phrase, bool atStart, bool atEnd)
    {
        if (!new WordCursor(phrase).Next(out _))
        {
            return !new WordCursor(text).Next(out _);
        }

        var starts = new WordCursor(text);
        while (starts.Next(out _))
        {
            if (MatchesAt(text.AsSpan(starts.WordStart), phrase, atEnd))
            {
                return true;
            }

            if (atStart)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The phrase's words are the text's first words (and, <paramref name="atEnd"/>, its only ones).</summary>
    internal static bool MatchesAt(ReadOnlySpan<char> text, string? phrase, bool atEnd)
    {
        var words = new WordCursor(text);
        var wanted = new WordCursor(phrase);
        while (wanted.Next(out var want))
        {
            if (!words.Next(out var word) || !SameWord(word, want))
            {
                return false;
            }
        }

        return !atEnd || !words.Next(out _);
    }

    private static bool SameWord(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word lower-cased into <paramref name="buffer"/> (at least as long), character by character as words are compared.</summary>
    internal static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(word[i]);
        }

        return buffer[..word.Length];
    }

    /// <summary>The words Normalize keeps: runs of characters that are letters or digits once lower-cased.</summary>
    internal ref struct WordCursor(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        public int WordStart { get; private set; }

        public bool Next(out ReadOnlySpan<char> word)
        {
            while (_position < _text.Length && !IsWordChar(_text[_position]))
            {
                _position++;
            }

            WordStart = _position;
            while (_position < _text.Length && IsWordChar(_text[_position]))
            {
                _position++;
            }

            word = _text[WordStart.._position];
            return word.Length > 0;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(char.ToLowerInvariant(c));
    }
}

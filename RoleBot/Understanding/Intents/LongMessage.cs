using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// A message longer than the recognizer reads at once (a pasted email, a story that ends "Anyway: is a VP higher
/// than a director?"). Its sentences are read on their own, questions first and the last first, and the first one
/// that asks about roles is the question; when none does, the start of the message is read as before.
/// </summary>
public sealed class LongMessage(int maxInputLength, int maxMessageLength)
{
    // Each try understands one sentence; a message rarely holds more questions than this.
    private const int MaxTries = 8;

    private static readonly char[] SentenceEnds = ['.', '?', '!', ':', ';', '\n'];

    /// <summary>The cleaned message when it is too long to read at once, else null.</summary>
    public string? TooLong(string? raw) =>
        raw is null || raw.Length <= maxInputLength ? null
        : TextCleaner.Clean(raw, maxMessageLength) is var cleaned && cleaned.Length > maxInputLength ? cleaned : null;

    public UnderstandingResult? Question(string cleaned, Func<string, UnderstandingResult> understand)
    {
        var sentences = Sentences(cleaned).ToList();
        var ordered = sentences.Where(s => s.EndsWith('?')).Reverse().Concat(sentences.Where(s => !s.EndsWith('?')).Reverse());
        foreach (var sentence in ordered.Take(MaxTries))
        {
            var result = understand(sentence.Length <= maxInputLength ? sentence : sentence[^maxInputLength..]);
            if (result.Intent == Intent.Faq || (IntentDecider.IsRoleBased(result.Intent) && result.Roles.Count > 0 && result.UnknownRoles.Count == 0))
            {
                return result;
            }
        }

        return null;
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(SentenceEnds, start);
            end = end < 0 ? text.Length : end + 1;
            if (text[start..end].Trim() is { Length: > 1 } sentence)
            {
                yield return sentence;
            }

            start = end;
        }
    }
}

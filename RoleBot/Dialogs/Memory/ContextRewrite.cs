using RoleBot.Dialogs.Prompts;

namespace RoleBot.Dialogs.Memory;

/// <summary>
/// "who's their boss?" names no role, so the recognizer cannot read it as a reporting-line question. Put the
/// remembered role's name where the words that refer back stand ("who s Country Manager boss") and the question
/// reads as if the user had named it. The rewritten text is only recognized, never shown.
/// </summary>
public static class ContextRewrite
{
    /// <summary>The text with the words that refer back replaced; null when none of them is in it.</summary>
    /// <param name="names">The remembered roles' names, oldest first.</param>
    /// <param name="pair">The two newest roles as one phrase ("X and Y"), for words that mean both; null with fewer than two.</param>
    public static string? Rewrite(string text, IReadOnlyList<string> names, string? pair, IReadOnlyList<string> pairWords, IReadOnlyList<string> oneWords)
    {
        if (names.Count == 0)
        {
            return null;
        }

        var replacements = (pair is null ? [] : pairWords.Select(w => (Words: PlainWords.Normalize(w), With: pair)))
            .Concat(oneWords.Select(w => (Words: PlainWords.Normalize(w), With: names[^1])))
            .Where(r => r.Words.Length > 0)
            .OrderByDescending(r => r.Words.Length);
        var padded = $" {PlainWords.Normalize(text)} ";
        var original = padded;
        foreach (var (words, with) in replacements)
        {
            padded = padded.Replace($" {words} ", $" {with} ", StringComparison.Ordinal);
        }

        return ReferenceEquals(padded, original) || padded == original ? null : padded.Trim();
    }
}

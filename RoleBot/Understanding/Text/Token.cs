namespace RoleBot.Understanding.Text;

/// <summary>
/// One normalised word and where it came from in the cleaned text. Weak holds one-edit corrections of a short
/// word, usable only inside a multi-word role; Edits counts corrections already applied.
/// BreakBefore marks punctuation before the word: a role never spans it ("more senior: VP" is not "senior VP").
/// Singular is the singular of a plural word, tried when the plural itself names no role ("directors").
/// </summary>
public sealed record Token(string Key, int Start, int Length, int Edits = 0, IReadOnlyList<string>? Weak = null, string? Singular = null, bool BreakBefore = false)
{
    public int End => Start + Length;
}

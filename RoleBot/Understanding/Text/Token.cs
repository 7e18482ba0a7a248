namespace RoleBot.Understanding.Text;

/// <summary>
/// One normalised word and where it came from in the cleaned text. Weak holds one-edit corrections of a short
/// word, usable only inside a multi-word role; Edits counts corrections already applied.
/// </summary>
public sealed record Token(string Key, int Start, int Length, int Edits = 0, IReadOnlyList<string>? Weak = null)
{
    public int End => Start + Length;
}

using RoleBot.Understanding.Roles;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// One utterance taken apart: cleaned text, normalised tokens, role spans, spans of unknown words used as roles,
/// the template the intent classifier reads ("is <role> above <unk>") and all words with cue words canonical.
/// </summary>
public sealed record Analysis(
    string Cleaned,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<RoleSpan> Roles,
    IReadOnlyList<(int First, int Count)> Unknown,
    IReadOnlyList<string> Template,
    IReadOnlyList<string> Words)
{
    public const string RoleToken = "<role>";
    public const string UnknownToken = "<unk>";

    public string TemplateText => string.Join(' ', Template);

    public int RoleSlots => Roles.Count + Unknown.Count;

    public string SpanText(int first, int count)
    {
        var start = Tokens[first].Start;
        var end = Tokens[first + count - 1].End;
        return Cleaned[start..end];
    }
}

using RoleBot.Answers;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// Keeps the qualifier of a title the user wrote ("VP of Customer Success") beside the role in the answer, and
/// says when the knowledge base has a caveat about that kind of qualifier (a GM of a whole business unit, of one
/// hotel). Which qualifiers matter is the "scopeWords" list of RoleAnswerer.dialog.json; the note is the role's
/// own caveat, cited with the role's sources on the card.
/// </summary>
public static class TitleQualifiers
{
    public static readonly TemplateKey[] Texts = [new("qualifier.note", "title", "caveat")];

    public const string ScopeWordsKey = "scopeWords";

    public static RoleRef Apply(RoleRef role, IReadOnlyList<string?> qualifiers, int index) =>
        index < qualifiers.Count && qualifiers[index] is { Length: > 0 } q ? role with { Qualifier = q } : role;

    /// <summary>The note for the first qualified role whose caveat speaks of a scope word the qualifier holds, or null.</summary>
    public static string? Note(IReadOnlyList<Role> roles, IReadOnlyList<RoleRef> shown, DialogContent content)
    {
        var scopes = content.List(ScopeWordsKey);
        for (var i = 0; i < roles.Count && i < shown.Count; i++)
        {
            if (shown[i].Qualifier is not { } qualifier)
            {
                continue;
            }

            var words = PlainWordsOf(qualifier);
            var scope = scopes.FirstOrDefault(s => ContainsPhrase(words, PlainWordsOf(s)));
            var caveat = scope is null ? null : roles[i].Caveats.FirstOrDefault(c => ContainsPhrase(PlainWordsOf(c), PlainWordsOf(scope)));
            if (caveat is not null)
            {
                return content.Text("qualifier.note", ("title", shown[i].DisplayName), ("caveat", caveat));
            }
        }

        return null;
    }

    private static string[] PlainWordsOf(string text) => Prompts.PlainWords.Words(Prompts.PlainWords.Normalize(text));

    private static bool ContainsPhrase(string[] words, string[] phrase) =>
        phrase.Length > 0 && Enumerable.Range(0, Math.Max(0, words.Length - phrase.Length + 1))
            .Any(i => words.AsSpan(i, phrase.Length).SequenceEqual(phrase));
}

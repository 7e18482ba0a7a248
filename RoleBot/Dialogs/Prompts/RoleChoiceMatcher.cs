using RoleBot.Dialogs.Engine;
using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// Resolves an answer to a role prompt the way Bot Framework's choice recognizers do: a clicked role, then a
/// recognised role name, then (when choices were offered) an ordinal or number, then a word that names only one choice.
/// </summary>
public static class RoleChoiceMatcher
{
    /// <param name="pairWith">The role already known: naming it again beside the other ("CFO and COO") does not answer.</param>
    public static RoleChoiceMatch Match(DialogInput input, IReadOnlyList<string> choices, KnowledgeBase kb, string? pairWith = null)
    {
        if (input.SelectedRoleId is { } clicked)
        {
            return kb.FindRole(clicked) is not null && (choices.Count == 0 || Contains(choices, clicked))
                ? RoleChoiceMatch.Found(clicked)
                : RoleChoiceMatch.None;
        }

        var understanding = input.Understanding;
        var mentions = understanding.Roles
            .Select(m => (m.Text, Candidates: m.Candidates.Where(id => kb.FindRole(id) is not null).ToList()))
            .Where(m => m.Candidates.Count > 0)
            .ToList();
        if (pairWith is not null && mentions.Any(m => !Contains(m.Candidates, pairWith)))
        {
            mentions.RemoveAll(m => Contains(m.Candidates, pairWith));
        }

        if (choices.Count == 0)
        {
            if (mentions.Count == 0)
            {
                return RoleChoiceMatch.None;
            }

            var (text, candidates) = mentions[0];
            return candidates.Count == 1 ? RoleChoiceMatch.Found(candidates[0]) : RoleChoiceMatch.Ambiguous(candidates, text);
        }

        var named = mentions.SelectMany(m => m.Candidates).Where(id => Contains(choices, id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (named.Count == 1)
        {
            return RoleChoiceMatch.Found(named[0]);
        }

        // The recognizer reads the choice ("the second one", "2", "last"); only the prompt knows how many there were.
        var position = understanding.Ordinal == RoleBot.Understanding.Intents.OrdinalParser.Last ? choices.Count : understanding.Ordinal;
        if (position is { } p && p >= 1 && p <= choices.Count)
        {
            return RoleChoiceMatch.Found(choices[p - 1]);
        }

        return MatchDistinctWord(understanding.Text, choices, kb) is { } byWord ? RoleChoiceMatch.Found(byWord) : RoleChoiceMatch.None;
    }

    /// <summary>"product" picks Product Manager out of the PM choices because no other choice has that word.</summary>
    private static string? MatchDistinctWord(string text, IReadOnlyList<string> choices, KnowledgeBase kb)
    {
        var words = PlainWords.Words(PlainWords.Normalize(text)).ToHashSet();
        var vocabularies = choices.ToDictionary(id => id, id => Vocabulary(kb.FindRole(id)), StringComparer.OrdinalIgnoreCase);
        var hits = choices
            .Where(id => words.Any(w => vocabularies[id].Contains(w) && vocabularies.Count(v => v.Value.Contains(w)) == 1))
            .ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    private static HashSet<string> Vocabulary(Role? role) =>
        role is null
            ? []
            : [.. new[] { role.Name, role.Id }.Concat(role.Aliases).Concat(role.Abbreviations)
                .SelectMany(n => PlainWords.Words(PlainWords.Normalize(n)))];

    /// <summary>The roles named besides the one taken, for saying which one the prompt used.</summary>
    public static IReadOnlyList<string> OthersNamed(DialogInput input, string taken, string? pairWith) =>
        [.. input.Understanding.Roles
            .Where(m => !Contains(m.Candidates, taken) && (pairWith is null || !Contains(m.Candidates, pairWith)))
            .Select(m => m.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static bool Contains(IReadOnlyList<string> choices, string id) =>
        choices.Contains(id, StringComparer.OrdinalIgnoreCase);
}

using RoleBot.Dialogs.Prompts;
using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Answering;

/// <summary>A sentence of the knowledge base that says who hires or appoints a role, and the role whose entry says it.</summary>
public sealed record HiringFact(Role Holder, string Text);

/// <summary>
/// "Who hires a CEO?": only the knowledge base's own sentences can say. A fact is a sentence of a role's
/// description, responsibilities or caveats that holds a hiring word (MainDialog's "hireWords") and names the
/// asked role by its name, abbreviation or alias; nothing else is read as an answer about hiring.
/// </summary>
public static class HiringFacts
{
    public static IReadOnlyList<HiringFact> About(Role target, KnowledgeBase kb, IReadOnlyList<string> hireWords, int most)
    {
        var names = target.Aliases.Concat(target.Abbreviations).Append(target.Name)
            .Select(PlainWords.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var hiring = hireWords.Select(PlainWords.Normalize).Where(w => w.Length > 0).ToList();
        var facts = new List<HiringFact>();
        foreach (var holder in kb.Roles.Where(r => r.Id != target.Id))
        {
            foreach (var sentence in Sentences(holder).Where(s => Names(s, hiring) && Names(s, names)))
            {
                facts.Add(new HiringFact(holder, sentence));
            }
        }

        // A role's responsibility says it as plainly as its description: one fact per role, the shortest, is enough.
        return [.. facts.GroupBy(f => f.Holder.Id).Select(g => g.MinBy(f => f.Text.Length)!).Take(most)];
    }

    private static IEnumerable<string> Sentences(Role role) =>
        role.Responsibilities.Concat(role.Caveats.Prepend(role.Description).SelectMany(Split));

    private static IEnumerable<string> Split(string text) =>
        text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.TrimEnd('.'));

    // Whole words only, a plural "s" allowed: "CEOs" names the CEO, "ceremony" does not. The phrases are already
    // plain words, so "{p}s" puts the plural on the last word.
    private static bool Names(string sentence, IReadOnlyList<string> phrases) =>
        phrases.Any(p => PlainPhrases.Contains(sentence, p) || PlainPhrases.Contains(sentence, $"{p}s"));
}

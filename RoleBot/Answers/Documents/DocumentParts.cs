using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

// Pieces every answer shares: caveats, sources and follow-up buttons, each already limited.
internal static class DocumentParts
{
    public static IEnumerable<DocSection> Caveats(IReadOnlyList<string> caveats, AnswerTemplates t) =>
        caveats.Count == 0 ? [] : [new ListSection(t["heading.caveats"], DocumentLimits.Items(caveats, t))];

    public static IReadOnlyList<Citation> Sources(IReadOnlyList<Citation> sources) =>
        [.. sources.DistinctBy(s => s.Title).Take(DocumentLimits.Sources)
            .Select(s => s with { Title = DocumentLimits.Clip(s.Title, 120) })];

    // The first wording that fits on a button: the template, its ".short" form, then both with the role's name
    // stripped of a qualifier ("Managing Director (company)" becomes "Managing Director"); the payload stays exact.
    public static FollowUp Button(AnswerTemplates t, string key, RoleRef role, CardPayload payload) =>
        new(ButtonTitle.Fit(t, key, ButtonTitle.ForRole(role)), payload);

    public static FollowUp Button(AnswerTemplates t, string key, CardPayload payload) =>
        new(DocumentLimits.Clip(t[key], DocumentLimits.ButtonChars), payload);

    public static IReadOnlyList<FollowUp> Limit(IEnumerable<FollowUp> followUps) =>
        [.. followUps.DistinctBy(f => f.Payload).Take(DocumentLimits.FollowUps)];

    public static string Sentence(string text) => DocumentLimits.Clip(text, DocumentLimits.TextChars);
}

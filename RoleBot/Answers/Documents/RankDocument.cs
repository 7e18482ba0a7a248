using System.Globalization;
using System.Text.Json;
using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Answers.Documents;

internal static class RankDocument
{
    public static AnswerDocument Build(RankAnswer a, AnswerTemplates t)
    {
        var pair = Names.Pair(a.First.DisplayName, a.Second.DisplayName);
        var verdict = DocumentParts.Sentence(Lead(a.Relation, a.Certainty, a.Because, pair, t));

        var sections = new List<DocSection>();
        if (!string.IsNullOrWhiteSpace(a.Explanation))
        {
            sections.Add(new ParagraphSection(null, DocumentLimits.Clip(a.Explanation, DocumentLimits.ParagraphChars)));
        }

        if (a.Ladder.Count > 0)
        {
            sections.Add(new LadderSection(t["rank.ladder.heading"], Ladder(a, t)));
        }

        sections.AddRange(DocumentParts.Caveats(a.Caveats, t));
        return new AnswerDocument("rank", verdict, verdict)
        {
            Title = t.Render("rank.title", pair),
            LeadIsVerdict = true,
            Sections = sections,
            Sources = DocumentParts.Sources(a.Sources),
            SourcesHeading = t["heading.sources"],
            FollowUps = DocumentParts.Limit(
            [
                new FollowUp(ButtonTitle.Fit(t, "button.comparePair", ButtonTitle.ForPair(a.First, a.Second)), CardPayload.Compare(a.First.Id, a.Second.Id)),
                DocumentParts.Button(t, "button.career", a.First, CardPayload.Career(a.First.Id)),
                DocumentParts.Button(t, "button.describe", a.Second, CardPayload.Describe(a.Second.Id)),
            ]),
        };
    }

    // A long ladder keeps its ends (the two roles) and the rungs nearest them.
    private static IReadOnlyList<LadderRung> Ladder(RankAnswer a, AnswerTemplates t)
    {
        var steps = a.Ladder.Count <= DocumentLimits.ListItems
            ? a.Ladder
            : [.. a.Ladder.Take(DocumentLimits.ListItems / 2), .. a.Ladder.TakeLast(DocumentLimits.ListItems / 2)];
        return [.. steps.Select(s => new LadderRung(
            t.Render("rank.ladder.step", ("level", s.Level.ToString(CultureInfo.InvariantCulture)), ("name", s.Role?.DisplayName ?? s.Name)),
            s.Role is { } r && (r.Id == a.First.Id || r.Id == a.Second.Id)))];
    }

    // The verdict and, when an author's ordering hedges it, the deciding factor; shared by rank cards and generated comparisons.
    public static string Lead(RankRelation relation, RankCertainty certainty, string? because, (string Name, string Value)[] pair, AnswerTemplates t)
    {
        if (string.IsNullOrWhiteSpace(because))
        {
            return t.Render(VerdictKey(relation, certainty), pair);
        }

        return relation == RankRelation.Depends
            ? t.Render("rank.depends.because", [.. pair, ("because", because)])
            : $"{t.Render(VerdictKey(relation, certainty), pair)} {because}";
    }

    // The one sentence for a verdict, shared by rank cards and generated comparisons.
    public static string VerdictKey(RankRelation relation, RankCertainty certainty) => $"rank.{Key(relation)}.{Key(certainty)}";

    private static string Key<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

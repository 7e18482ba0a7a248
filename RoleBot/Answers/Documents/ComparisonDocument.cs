using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

internal static class ComparisonDocument
{
    public static AnswerDocument Build(ComparisonAnswer a, AnswerTemplates t)
    {
        var pair = Names.Pair(a.First.DisplayName, a.Second.DisplayName);
        var summary = DocumentLimits.Clip(a.Verdict is { } v ? RankDocument.Lead(v.Relation, v.Certainty, a.Because, pair, t) : a.Summary, DocumentLimits.ParagraphChars);
        var sections = new List<DocSection>();
        var dimensions = a.Facts is { } facts ? GeneratedComparisonRows.Build(facts, t) : a.Dimensions;
        if (dimensions.Count > 0)
        {
            var rows = dimensions.Take(DocumentLimits.SideBySideRows).Select(d => new SideBySideRow(
                DocumentLimits.Clip(d.Name, 80), DocumentLimits.Clip(d.First, DocumentLimits.CellChars), DocumentLimits.Clip(d.Second, DocumentLimits.CellChars)));
            sections.Add(new SideBySideSection(null, t["compare.aspect"], a.First.DisplayName, a.Second.DisplayName, [.. rows]));
        }

        sections.AddRange(DocumentParts.Caveats(a.Caveats, t));
        return new AnswerDocument("compare", DocumentParts.Sentence(t.Render("compare.text", [.. pair, ("summary", summary)])), summary)
        {
            Title = t.Render("compare.title", pair),
            Sections = sections,
            Sources = DocumentParts.Sources(a.Sources),
            SourcesHeading = t["heading.sources"],
            FollowUps = DocumentParts.Limit(
            [
                DocumentParts.Button(t, "button.rank", CardPayload.Rank(a.First.Id, a.Second.Id)),
                DocumentParts.Button(t, "button.career", a.First, CardPayload.Career(a.First.Id)),
                DocumentParts.Button(t, "button.career", a.Second, CardPayload.Career(a.Second.Id)),
            ]),
        };
    }
}

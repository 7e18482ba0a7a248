using System.Globalization;
using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

// "rank CEO, VP and director": one ordered line in the text, a ladder with one rung per tier (peers share a rung),
// and the knowledge base's own verdict sentence for every tie and every "it depends" between neighbours.
internal static class LineUpDocument
{
    public static AnswerDocument Build(LineUpAnswer a, AnswerTemplates t)
    {
        var notes = a.Notes.Select(n => RankDocument.Lead(n.Relation, n.Certainty, n.Because,
            Names.Pair(n.First.DisplayName, n.Second.DisplayName), t)).Distinct().ToList();
        var lead = t.Render("lineUp.text", ("order", Order(a, t)));
        var text = DocumentParts.Sentence(string.Join(" ", notes.Prepend(lead)));
        var count = a.Tiers.Sum(tier => tier.Count).ToString(CultureInfo.InvariantCulture);

        var sections = new List<DocSection>
        {
            new LadderSection(t["lineUp.heading"], [.. a.Tiers.Select((tier, i) => new LadderRung(
                t.Render("lineUp.rung", ("position", (i + 1).ToString(CultureInfo.InvariantCulture)), ("names", Names.Join([.. tier.Select(r => r.DisplayName)]))),
                false))]),
        };
        if (notes.Count > 0)
        {
            sections.Add(new ListSection(t["lineUp.notes.heading"], DocumentLimits.Items(notes, t)));
        }

        sections.AddRange(DocumentParts.Caveats(a.Caveats, t));
        var top = a.Tiers[0][0];
        var next = a.Tiers.SelectMany(tier => tier).Skip(1).First();
        var bottom = a.Tiers[^1][^1];
        return new AnswerDocument("lineup", text, DocumentParts.Sentence(lead))
        {
            Title = t.Render("lineUp.title", ("count", count)),
            LeadIsVerdict = true,
            Sections = sections,
            Sources = DocumentParts.Sources(a.Sources),
            SourcesHeading = t["heading.sources"],
            FollowUps = DocumentParts.Limit(
            [
                new FollowUp(ButtonTitle.Fit(t, "button.comparePair", ButtonTitle.ForPair(top, next)), CardPayload.Compare(top.Id, next.Id)),
                DocumentParts.Button(t, "button.career", bottom, CardPayload.Career(bottom.Id)),
                DocumentParts.Button(t, "button.describe", top, CardPayload.Describe(top.Id)),
            ]),
        };
    }

    // "CEO > VP = SVP ? Director": the signs come from answers.json (lineUp.link.*).
    private static string Order(LineUpAnswer a, AnswerTemplates t)
    {
        var parts = new List<string>();
        for (var i = 0; i < a.Tiers.Count; i++)
        {
            if (i > 0)
            {
                parts.Add(t[a.Steps.Count >= i && a.Steps[i - 1] == LineUpStep.Above ? "lineUp.link.above" : "lineUp.link.depends"]);
            }

            parts.Add(string.Join($" {t["lineUp.link.peers"]} ", a.Tiers[i].Select(r => r.DisplayName)));
        }

        return string.Join(" ", parts);
    }
}

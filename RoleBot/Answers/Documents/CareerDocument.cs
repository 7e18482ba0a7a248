using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

internal static class CareerDocument
{
    public static AnswerDocument Build(CareerPathAnswer a, AnswerTemplates t)
    {
        var direction = a.Direction switch { CareerDirection.Next => "next", CareerDirection.Lower => "lower", _ => "higher" };
        var names = a.Steps.Select(s => s.DisplayName).ToList();
        (string, string)[] values =
        [
            ("from", a.From.DisplayName), ("aFrom", Names.WithArticle(a.From.DisplayName)),
            ("list", Names.Join([.. names.Take(DocumentLimits.ListItems)])),
        ];
        var lead = DocumentParts.Sentence(t.Render(names.Count == 0 ? $"career.{direction}.none" : $"career.{direction}.text", values));
        var first = a.Steps.FirstOrDefault();
        return new AnswerDocument("career", lead, lead)
        {
            Title = t.Render("career.title", values),
            LeadIsVerdict = true,
            Sections =
            [
                .. names.Count == 0 ? [] : new DocSection[] { new ListSection(t["career.steps.heading"], DocumentLimits.Items(names, t)) },
                .. DocumentParts.Caveats(a.Caveats, t),
            ],
            Sources = DocumentParts.Sources(a.Sources),
            SourcesHeading = t["heading.sources"],
            FollowUps = first is null
                ? [DocumentParts.Button(t, "button.describe", a.From, CardPayload.Describe(a.From.Id))]
                : DocumentParts.Limit(
                [
                    DocumentParts.Button(t, "button.describe", first, CardPayload.Describe(first.Id)),
                    DocumentParts.Button(t, "button.career", first, CardPayload.Career(first.Id)),
                    DocumentParts.Button(t, "button.compareWith", first, CardPayload.Compare(a.From.Id, first.Id)),
                ]),
        };
    }
}

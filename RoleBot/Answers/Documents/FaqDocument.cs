using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

internal static class FaqDocument
{
    public static AnswerDocument Build(FaqAnswer a, AnswerTemplates t)
    {
        var answer = DocumentLimits.Clip(a.Answer, DocumentLimits.ParagraphChars);
        var related = a.RelatedRoles.Select(r => r.DisplayName).ToList();
        return new AnswerDocument("faq", DocumentParts.Sentence(answer), answer)
        {
            Title = DocumentLimits.Clip(a.Question, 150),
            Sections = related.Count == 0 ? [] : [new ListSection(t["faq.related.heading"], DocumentLimits.Items(related, t))],
            Sources = DocumentParts.Sources(a.Sources),
            SourcesHeading = t["heading.sources"],
            FollowUps = DocumentParts.Limit(a.RelatedRoles.Take(3).Select(r => DocumentParts.Button(t, "button.describe", r, CardPayload.Describe(r.Id)))),
        };
    }
}

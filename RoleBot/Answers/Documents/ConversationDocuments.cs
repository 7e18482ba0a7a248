using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

// The non-answer replies: help and welcome, clarifications, and "I can't answer that".
internal static class ConversationDocuments
{
    public static AnswerDocument Help(AnswerTemplates t, bool welcome)
    {
        var text = t[welcome ? "welcome.text" : "help.text"];
        return new AnswerDocument(welcome ? "welcome" : "help", text, t["help.text"])
        {
            Title = t["help.title"],
            // The full questions show how to ask; the buttons carry short titles but ask the full question.
            Sections = [new ListSection(t["help.examples.heading"], [.. t.Examples.Take(3).Select(e => t.Render("help.examples.item", ("question", e.Question)))])],
            FollowUps = DocumentParts.Limit(t.Examples.Select(e => new FollowUp(DocumentLimits.Clip(e.Button, DocumentLimits.ButtonChars), CardPayload.Ask(e.Question)))),
        };
    }

    public static AnswerDocument WhichRole(RoleChoiceRequest request, AnswerTemplates t)
    {
        var candidates = request.Candidates.Take(DocumentLimits.FollowUps).ToList();
        var text = t.Render("clarify.which.text",
            ("mention", UserText.Clean(request.Mention)), ("options", Names.Join([.. candidates.Select(c => c.DisplayName)], "or")));
        return new AnswerDocument("clarify", DocumentParts.Sentence(text), DocumentParts.Sentence(text))
        {
            LeadIsVerdict = true,
            ExpectsReply = true,
            FollowUps = [.. candidates.Select(c => new FollowUp(ButtonTitle.Fit(t, "button.choose", ButtonTitle.ForChoice(c)), CardPayload.Choose(c.Id)))],
        };
    }

    public static AnswerDocument MissingRole(MissingRoleRequest request, AnswerTemplates t)
    {
        var rank = request.Purpose == CardActionKind.Rank;
        var text = t.Render(rank ? "clarify.rank.text" : "clarify.compare.text",
            ("role", request.Known.DisplayName), ("aRole", Names.WithArticle(request.Known.DisplayName)));
        return new AnswerDocument("clarify", DocumentParts.Sentence(text), DocumentParts.Sentence(text))
        {
            LeadIsVerdict = true,
            ExpectsReply = true,
            FollowUps = DocumentParts.Limit(request.Suggestions.Where(s => s.Id != request.Known.Id).Select(s => new FollowUp(
                ButtonTitle.Fit(t, "button.choose", ButtonTitle.ForChoice(s)),
                rank ? CardPayload.Rank(request.Known.Id, s.Id) : CardPayload.Compare(request.Known.Id, s.Id)))),
        };
    }

    public static AnswerDocument CannotAnswer(CannotAnswerReason reason, AnswerTemplates t)
    {
        var term = UserText.Clean(reason.UnknownTerm);
        var text = term.Length == 0 ? t["cannot.text"] : t.Render("cannot.unknown.text", ("term", term));
        var suggestions = reason.Suggestions ?? [];
        return new AnswerDocument("cannot", DocumentParts.Sentence(text), DocumentParts.Sentence(text))
        {
            Sections = suggestions.Count == 0 ? [] : [new ListSection(t["cannot.suggestions.heading"], DocumentLimits.Items(suggestions.Select(s => s.DisplayName), t))],
            FollowUps = DocumentParts.Limit(
            [
                .. suggestions.Take(2).Select(s => DocumentParts.Button(t, "button.describe", s, CardPayload.Describe(s.Id))),
                DocumentParts.Button(t, "button.help", CardPayload.Help()),
            ]),
        };
    }
}

using RoleBot.Answers.Templates;

namespace RoleBot.Answers.Documents;

// Builds the channel-neutral document for each kind of reply, worded from answers.json.
public sealed class AnswerDocuments(AnswerTemplates templates)
{
    public AnswerDocument Rank(RankAnswer answer) => RankDocument.Build(answer, templates);

    public AnswerDocument Compare(ComparisonAnswer answer) => ComparisonDocument.Build(answer, templates);

    public AnswerDocument Describe(RoleAnswer answer) => RoleDocument.Build(answer, templates);

    public AnswerDocument CareerPath(CareerPathAnswer answer) => CareerDocument.Build(answer, templates);

    public AnswerDocument Faq(FaqAnswer answer) => FaqDocument.Build(answer, templates);

    public AnswerDocument Help() => ConversationDocuments.Help(templates, welcome: false);

    public AnswerDocument Welcome() => ConversationDocuments.Help(templates, welcome: true);

    public AnswerDocument WhichRole(RoleChoiceRequest request) => ConversationDocuments.WhichRole(request, templates);

    public AnswerDocument MissingRole(MissingRoleRequest request) => ConversationDocuments.MissingRole(request, templates);

    public AnswerDocument CannotAnswer(CannotAnswerReason reason) => ConversationDocuments.CannotAnswer(reason, templates);
}

using RoleBot.Answers.Templates;
using RoleBot.Content;

namespace RoleBot.Answers.Documents;

// Builds the channel-neutral document for each kind of reply, worded from answers.json as it is now (edits reload).
public sealed class AnswerDocuments(IContentSource<AnswerTemplates> source)
{
    public AnswerDocuments(AnswerTemplates templates)
        : this(new FixedContent<AnswerTemplates>(templates))
    {
    }

    private AnswerTemplates Templates => source.Current;

    public AnswerDocument Rank(RankAnswer answer) => RankDocument.Build(answer, Templates);

    public AnswerDocument LineUp(LineUpAnswer answer) => LineUpDocument.Build(answer, Templates);

    public AnswerDocument Compare(ComparisonAnswer answer) => ComparisonDocument.Build(answer, Templates);

    public AnswerDocument Describe(RoleAnswer answer) => RoleDocument.Build(answer, Templates);

    public AnswerDocument CareerPath(CareerPathAnswer answer) => CareerDocument.Build(answer, Templates);

    public AnswerDocument Faq(FaqAnswer answer) => FaqDocument.Build(answer, Templates);

    public AnswerDocument Passage(PassageAnswer answer) => PassageDocument.Build(answer, Templates);

    public AnswerDocument SuggestTopics(IReadOnlyList<PassageTopic> topics) => PassageDocument.Suggest(topics, Templates);

    public AnswerDocument Help() => ConversationDocuments.Help(Templates, welcome: false);

    public AnswerDocument Welcome() => ConversationDocuments.Help(Templates, welcome: true);

    public AnswerDocument WhichRole(RoleChoiceRequest request) => ConversationDocuments.WhichRole(request, Templates);

    public AnswerDocument MissingRole(MissingRoleRequest request) => ConversationDocuments.MissingRole(request, Templates);

    public AnswerDocument CannotAnswer(CannotAnswerReason reason) => ConversationDocuments.CannotAnswer(reason, Templates);
}

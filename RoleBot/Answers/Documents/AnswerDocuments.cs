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

    /// <summary>The wording in force: what the next document is worded from.</summary>
    public AnswerTemplates Templates => source.Current;

    public AnswerDocument Rank(RankAnswer answer) => AnswerVotes.Offer(RankDocument.Build(answer, Templates), Templates, answer.First.Id, answer.Second.Id);

    public AnswerDocument LineUp(LineUpAnswer answer) => AnswerVotes.Offer(LineUpDocument.Build(answer, Templates), Templates, [.. answer.Tiers.SelectMany(t => t).Select(r => r.Id)]);

    public AnswerDocument Compare(ComparisonAnswer answer) => AnswerVotes.Offer(ComparisonDocument.Build(answer, Templates), Templates, answer.First.Id, answer.Second.Id);

    public AnswerDocument Describe(RoleAnswer answer) => AnswerVotes.Offer(RoleDocument.Build(answer, Templates), Templates, answer.Role.Id);

    public AnswerDocument CareerPath(CareerPathAnswer answer) => AnswerVotes.Offer(CareerDocument.Build(answer, Templates), Templates, answer.From.Id);

    public AnswerDocument Faq(FaqAnswer answer) => AnswerVotes.OfferFaq(FaqDocument.Build(answer, Templates), Templates, answer.Id);

    public AnswerDocument Passage(PassageAnswer answer) => AnswerVotes.Offer(PassageDocument.Build(answer, Templates), Templates, [.. answer.Topic.Roles.Select(r => r.Id)], answer.Topic.FaqId);

    public AnswerDocument SuggestTopics(IReadOnlyList<PassageTopic> topics) => PassageDocument.Suggest(topics, Templates);

    public AnswerDocument Help() => ConversationDocuments.Help(Templates, welcome: false);

    public AnswerDocument Welcome() => ConversationDocuments.Help(Templates, welcome: true);

    public AnswerDocument WhichRole(RoleChoiceRequest request) => ConversationDocuments.WhichRole(request, Templates);

    public AnswerDocument MissingRole(MissingRoleRequest request) => ConversationDocuments.MissingRole(request, Templates);

    public AnswerDocument CannotAnswer(CannotAnswerReason reason) => ConversationDocuments.CannotAnswer(reason, Templates);
}

using RoleBot.Answers.Documents;
using RoleBot.Protocol;

namespace RoleBot.Answers;

// Turns an answer into a channel-neutral reply: one plain sentence in text (notifications, screen readers,
// card-less clients) and the answer document as the draft that the channel's adapter shapes when the reply is sent
// (an Adaptive Card, Block Kit). Addressing is left to ITurnContext.SendActivityAsync.
public sealed class AnswerComposer(AnswerDocuments documents)
{
    public AnswerDocuments Documents => documents;

    public Activity Rank(RankAnswer answer) => Compose(documents.Rank(answer));

    public Activity LineUp(LineUpAnswer answer) => Compose(documents.LineUp(answer));

    public Activity Compare(ComparisonAnswer answer) => Compose(documents.Compare(answer));

    public Activity Describe(RoleAnswer answer) => Compose(documents.Describe(answer));

    public Activity CareerPath(CareerPathAnswer answer) => Compose(documents.CareerPath(answer));

    public Activity Faq(FaqAnswer answer) => Compose(documents.Faq(answer));

    public Activity Passage(PassageAnswer answer) => Compose(documents.Passage(answer));

    public Activity SuggestTopics(IReadOnlyList<PassageTopic> topics) => Compose(documents.SuggestTopics(topics));

    public Activity Help() => Compose(documents.Help());

    public Activity Welcome() => Compose(documents.Welcome());

    public Activity WhichRole(RoleChoiceRequest request) => Compose(documents.WhichRole(request));

    public Activity MissingRole(MissingRoleRequest request) => Compose(documents.MissingRole(request));

    public Activity CannotAnswer(CannotAnswerReason reason) => Compose(documents.CannotAnswer(reason));

    public static Activity Compose(AnswerDocument document) => new()
    {
        Type = ActivityTypes.Message,
        InputHint = document.ExpectsReply ? InputHints.ExpectingInput : InputHints.AcceptingInput,
        Text = document.Text,
        TextFormat = "plain",
        Speak = document.Text,
        Summary = document.Title,
        Draft = document,
    };
}

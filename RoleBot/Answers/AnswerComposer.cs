using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.Protocol;

namespace RoleBot.Answers;

// Turns an answer into the reply activity for the channel it goes to: one plain sentence in text (notifications,
// screen readers, card-less clients) plus an Adaptive Card, or for Slack mrkdwn text plus Block Kit in channelData.
// Addressing (from, recipient, conversation, replyToId) is left to ITurnContext.SendActivityAsync.
public sealed class AnswerComposer(AnswerDocuments documents, AdaptiveCardRenderer cards, SlackMessageRenderer slack)
{
    public const string SlackChannelId = "slack";

    public AnswerDocuments Documents => documents;

    public Activity Rank(RankAnswer answer, string? channelId) => Compose(documents.Rank(answer), channelId);

    public Activity Compare(ComparisonAnswer answer, string? channelId) => Compose(documents.Compare(answer), channelId);

    public Activity Describe(RoleAnswer answer, string? channelId) => Compose(documents.Describe(answer), channelId);

    public Activity CareerPath(CareerPathAnswer answer, string? channelId) => Compose(documents.CareerPath(answer), channelId);

    public Activity Faq(FaqAnswer answer, string? channelId) => Compose(documents.Faq(answer), channelId);

    public Activity Help(string? channelId) => Compose(documents.Help(), channelId);

    public Activity Welcome(string? channelId) => Compose(documents.Welcome(), channelId);

    public Activity WhichRole(RoleChoiceRequest request, string? channelId) => Compose(documents.WhichRole(request), channelId);

    public Activity MissingRole(MissingRoleRequest request, string? channelId) => Compose(documents.MissingRole(request), channelId);

    public Activity CannotAnswer(CannotAnswerReason reason, string? channelId) => Compose(documents.CannotAnswer(reason), channelId);

    // The card alone, e.g. for an adaptiveCard/action invoke response that replaces the clicked card.
    public AdaptiveCard Card(AnswerDocument document) => cards.Render(document);

    public Activity Compose(AnswerDocument document, string? channelId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            InputHint = document.ExpectsReply ? InputHints.ExpectingInput : InputHints.AcceptingInput,
        };

        if (string.Equals(channelId, SlackChannelId, StringComparison.OrdinalIgnoreCase))
        {
            var message = slack.Render(document);
            activity.Text = message.Text;
            activity.TextFormat = "markdown";
            activity.ChannelData = SlackJson.ToChannelData(message);
            return activity;
        }

        activity.Text = document.Text;
        activity.TextFormat = "plain";
        activity.Speak = document.Text;
        activity.Summary = document.Title;
        activity.Attachments = [CardJson.ToAttachment(UniversalActions.ForChannel(cards.Render(document), channelId))];
        return activity;
    }
}

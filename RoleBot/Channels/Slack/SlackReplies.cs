using System.Text.Json;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack;

/// <summary>
/// The last step of every reply to Slack, whatever sent it (an answer, a dialog's question, cancel, a notice, the
/// error handler's apology): it goes as Block Kit in channelData with escaped mrkdwn in text. An answer's draft
/// document and plain text are drawn by the same renderer. Slack can show neither Adaptive Cards (Azure Bot Service
/// turns them into a picture) nor suggested actions, so those become Block Kit buttons when they carry something
/// the bot understands and are dropped otherwise.
/// </summary>
public static class SlackReplies
{
    private static readonly SlackMessageRenderer Renderer = new();

    public static void Shape(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsType(ActivityTypes.Message))
        {
            return;
        }

        var followUps = FollowUps(reply.SuggestedActions);
        var draft = reply.Draft as AnswerDocument;
        reply.SuggestedActions = null;
        reply.Attachments = null;
        reply.Draft = null;
        if (draft is null && IsBlockKit(reply.ChannelData))
        {
            return;
        }

        var text = reply.Text ?? reply.Summary ?? "";
        // The reply's text may have grown after the answer was composed ("Yes." before a verdict); Slack shows that text.
        var document = draft is null
            ? new AnswerDocument("text", text, text) { FollowUps = followUps }
            : draft with { Text = reply.Text ?? draft.Text };
        var message = Renderer.Render(document);
        reply.Text = message.Text;
        reply.TextFormat = "markdown";
        reply.Speak = null;
        reply.Summary = null;
        reply.ChannelData = SlackJson.ToChannelData(message);
    }

    public static bool IsBlockKit(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("blocks", out var blocks)
        && blocks.ValueKind == JsonValueKind.Array;

    private static IReadOnlyList<FollowUp> FollowUps(SuggestedActions? suggested) =>
        [.. (suggested?.Actions ?? []).Select(FollowUp).OfType<FollowUp>()];

    private static FollowUp? FollowUp(CardAction action)
    {
        var title = action.Title ?? action.Text ?? (action.Value as string);
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        if (action.Value is not null and not string)
        {
            var parsed = CardPayloadParser.Parse(JsonSerializer.SerializeToElement(action.Value));
            return parsed.IsValid ? new FollowUp(title, parsed.Payload) : null;
        }

        // imBack / messageBack send words as if typed: the button asks them as a question.
        var words = action.Text ?? action.Value as string ?? title;
        return words.Length <= CardPayloadParser.MaxTextLength ? new FollowUp(title, CardPayload.Ask(words)) : null;
    }
}

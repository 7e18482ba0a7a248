using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Cards.Actions;
using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// POST /api/slack/interactivity: button clicks (block_actions). A RoleBot button's value is the card payload
/// ({"rolebot":"v1",…}), which becomes the activity's value exactly as an Action.Submit would, so the card router
/// handles it. A click on an ephemeral answer is answered ephemerally in the same private exchange; a click in a
/// channel is answered in the message's thread. "Share in channel" posts the kept answer for everyone.
/// </summary>
public sealed class SlackInteractivityEndpoint(
    SlackRequestReader reader,
    SlackTurns turns,
    SlackReplyPoster poster,
    SlackShareCache shares,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackInteractivityEndpoint> logger)
{
    public const string ShareExpired = "That answer can no longer be shared. Ask again with /rolebot.";

    public async Task HandleAsync(HttpContext context)
    {
        if (await reader.ReadVerifiedAsync(context) is not { } body)
        {
            return;
        }

        if (SlackForm.Parse(body)?["payload"] is not { } json || SlackResponses.ParseObject(Encoding.UTF8.GetBytes(json)) is not { } payload)
        {
            SlackResponses.BadRequest(context, logger, "no single JSON payload field");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        if (SlackClick.Read(payload, options.Value.BotUserId) is not { } click)
        {
            SlackLog.Ignored(logger, null, LogValue.Untrusted(payload.StringOrNull("type")), "not a button click RoleBot can answer");
            return;
        }

        var accepted = click.ActionId == SlackShareButton.ActionId ? Share(click) : await AnswerAsync(click, context.RequestAborted);
        if (!accepted)
        {
            SlackResponses.Busy(context);
        }
    }

    private bool Share(SlackClick click)
    {
        if (click.ResponseUrl is not { } responseUrl)
        {
            return true;
        }

        var key = StateKeys.For(SlackActivities.Message(click.Origin, click.Id, null, null, time.GetUtcNow()));
        return turns.TryEnqueue(new SlackJob(key, "share", async ct =>
        {
            if (await shares.TakeAsync(click.Value, ct) is { } answer)
            {
                await poster.ShareAsync(responseUrl, answer, ct);
            }
            else
            {
                await poster.NoticeAsync(responseUrl, ShareExpired, ct);
            }
        }));
    }

    private async Task<bool> AnswerAsync(SlackClick click, CancellationToken cancellationToken)
    {
        var value = ParseValue(click.Value);
        if (!CardPayloadParser.LooksLikePayload(value))
        {
            SlackLog.Ignored(logger, null, "block_actions", "button is not a RoleBot button");
            return true;
        }

        SlackReplyTarget? target = click.Ephemeral
            ? click.ResponseUrl is { } url ? new ResponseUrlReply(url, Ephemeral: true, Shareable: true) : null
            : new ChannelReply(click.Origin.Channel, click.Origin.Thread);
        if (target is null)
        {
            return true;
        }

        var activity = SlackActivities.Message(click.Origin, click.Id, null, value, time.GetUtcNow());
        return await SlackResponses.TryEnqueueAsync(turns, activity, target, cancellationToken);
    }

    private static JsonElement? ParseValue(string? value) =>
        value is null ? null : SlackResponses.ParseObject(Encoding.UTF8.GetBytes(value));
}

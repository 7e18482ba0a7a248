using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// POST /api/slack/commands: "/rolebot who is higher, GM or VP?". Acknowledged with an empty 200 at once; the answer
/// follows through the response_url, visible only to the asker, with a "Share in channel" button. The exchange is
/// private, so its conversation is the user's own within the channel.
/// </summary>
public sealed class SlackCommandsEndpoint(
    SlackRequestReader reader, SlackCommandReplays replays, SlackTurns turns, TimeProvider time, ILogger<SlackCommandsEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await reader.ReadVerifiedAsync(context) is not { } body)
        {
            return;
        }

        if (SlackForm.Parse(body) is not { } form)
        {
            SlackResponses.BadRequest(context, logger, "body is not a form with each field once");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        if (form["ssl_check"] == "1")
        {
            return;
        }

        var (team, channel, user) = (form["team_id"], form["channel_id"], form["user_id"]);
        var responseUrl = SlackResponseUrls.Parse(form["response_url"]);
        if (team is null || channel is null || user is null || responseUrl is null)
        {
            SlackResponses.BadRequest(context, logger, "slash command without team, channel, user or a Slack response_url");
            return;
        }

        // Verified above, so this is the signature of exactly this body and timestamp.
        var signature = context.Request.Headers["X-Slack-Signature"].ToString();
        bool first;
        try
        {
            first = await replays.TryBeginAsync(signature, context.RequestAborted);
        }
        catch (ConversationStateUnavailableException)
        {
            SlackResponses.Busy(context);
            return;
        }

        if (!first)
        {
            SlackLog.CommandReplayed(logger, LogValue.Untrusted(context.Request.Headers["X-Slack-Request-Timestamp"].ToString(), 20) ?? "", LogValue.Untrusted(team));
            return;
        }

        var origin = new SlackOrigin(form["api_app_id"] ?? "app", team, channel, user, user, null, SlackOrigin.IsDirectChannel(channel));
        var id = form["trigger_id"] ?? Guid.NewGuid().ToString("N");
        var activity = SlackActivities.Message(origin, id, form["text"] ?? "", null, time.GetUtcNow());
        if (!await SlackResponses.TryEnqueueAsync(turns, activity, new ResponseUrlReply(responseUrl, Ephemeral: true, Shareable: true), context.RequestAborted))
        {
            await replays.ForgetAsync(signature);
            SlackResponses.Busy(context);
        }
    }
}

using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>The deliver callback of a Slack turn: each reply the bot sends goes to Slack as it is sent.</summary>
public sealed class SlackReplyPoster(SlackApiClient api, SlackShareCache shares)
{
    public Task<string?> DeliverAsync(SlackReplyTarget target, Activity reply, CancellationToken cancellationToken) =>
        DeliverAsync(target, reply, departure: null, cancellationToken);

    /// <summary>
    /// Posts one reply; <paramref name="departure"/> runs as soon as its body has left, and not at all for a reply
    /// Slack has no form for (nothing is posted then).
    /// </summary>
    public async Task<string?> DeliverAsync(SlackReplyTarget target, Activity reply, Func<CancellationToken, Task>? departure, CancellationToken cancellationToken)
    {
        if (SlackOutboundMessage.From(reply) is not { } message)
        {
            return null;
        }

        var json = message.ToJson();
        switch (target)
        {
            case ChannelReply channel:
                json["channel"] = channel.Channel;
                if (channel.ThreadTs is { } thread)
                {
                    json["thread_ts"] = thread;
                }

                return await api.PostMessageAsync(json, departure, cancellationToken);

            case ResponseUrlReply response:
                json["response_type"] = response.Ephemeral ? "ephemeral" : "in_channel";
                json["replace_original"] = false;
                // A question waiting for an answer is not worth sharing; a finished answer is.
                if (response.Ephemeral && response.Shareable && reply.InputHint != InputHints.ExpectingInput)
                {
                    SlackShareButton.AddTo(json, await shares.AddAsync(message, cancellationToken));
                }

                await api.PostToResponseUrlAsync(response.ResponseUrl, json, departure, cancellationToken);
                return null;

            default:
                throw new NotSupportedException($"No Slack delivery for {target.GetType().Name}.");
        }
    }

    /// <summary>Posts a shared answer for everyone in the channel, through the response_url of the click.</summary>
    public Task ShareAsync(Uri responseUrl, SlackOutboundMessage message, CancellationToken cancellationToken)
    {
        var json = message.ToJson();
        json["response_type"] = "in_channel";
        json["replace_original"] = false;
        return api.PostToResponseUrlAsync(responseUrl, json, cancellationToken);
    }

    public Task NoticeAsync(Uri responseUrl, string text, CancellationToken cancellationToken)
    {
        var json = new SlackOutboundMessage(SlackEscaping.Escape(text), null).ToJson();
        json["response_type"] = "ephemeral";
        json["replace_original"] = false;
        return api.PostToResponseUrlAsync(responseUrl, json, cancellationToken);
    }
}

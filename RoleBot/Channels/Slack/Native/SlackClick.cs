using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>The first button of a block_actions payload, with the conversation it belongs to.</summary>
public sealed record SlackClick(SlackOrigin Origin, string ActionId, string? Value, string Id, bool Ephemeral, Uri? ResponseUrl)
{
    public static SlackClick? Read(JsonElement payload, string? botUserId)
    {
        if (payload.StringOrNull("type") != "block_actions"
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array
            || actions.GetArrayLength() == 0 || actions[0].StringOrNull("action_id") is not { } actionId)
        {
            return null;
        }

        var action = actions[0];
        var user = Member(payload, "user", "id");
        var team = Member(payload, "team", "id") ?? Member(payload, "user", "team_id");
        var container = payload.TryGetMember("container", out var c) ? c : default;
        var channel = Member(payload, "channel", "id") ?? container.StringOrNull("channel_id");
        if (user is null || team is null || channel is null)
        {
            return null;
        }

        var ephemeral = container.ValueKind == JsonValueKind.Object
            && container.TryGetProperty("is_ephemeral", out var flag) && flag.ValueKind == JsonValueKind.True;
        var direct = SlackOrigin.IsDirectChannel(channel);
        var ts = Member(payload, "message", "ts") ?? container.StringOrNull("message_ts");
        var threadTs = Member(payload, "message", "thread_ts") ?? container.StringOrNull("thread_ts");
        // The same conversation the clicked message was sent in: the private exchange, the DM, or the thread.
        var thread = ephemeral ? user : direct ? threadTs : threadTs ?? ts;
        if (!ephemeral && !direct && thread is null)
        {
            return null;
        }

        var origin = new SlackOrigin(payload.StringOrNull("api_app_id") ?? "app", team, channel, thread, user, botUserId, direct);
        var id = action.StringOrNull("action_ts") ?? payload.StringOrNull("trigger_id") ?? Guid.NewGuid().ToString("N");
        return new SlackClick(origin, actionId, action.StringOrNull("value"), id, ephemeral, SlackResponseUrls.Parse(payload.StringOrNull("response_url")));
    }

    private static string? Member(JsonElement owner, string name, string member) =>
        owner.TryGetMember(name, out var value) ? value.StringOrNull(member) : null;
}

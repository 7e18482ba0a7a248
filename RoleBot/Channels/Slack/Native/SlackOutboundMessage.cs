using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// A reply activity as a Slack message body: AnswerComposer puts mrkdwn text and Block Kit in channelData
/// ({"text":…,"blocks":[…]}), exactly what chat.postMessage takes. Plain-text replies (the dialogs' own short
/// questions, the apology) are escaped for mrkdwn so they cannot mention or link anything.
/// </summary>
public sealed record SlackOutboundMessage(string Text, JsonArray? Blocks)
{
    public static SlackOutboundMessage? From(Activity reply)
    {
        if (!reply.IsType(ActivityTypes.Message))
        {
            return null;
        }

        if (reply.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Array)
        {
            var text = data.StringOrNull("text") ?? Fallback(reply);
            return new SlackOutboundMessage(text, (JsonArray)JsonNode.Parse(blocks.GetRawText())!);
        }

        var plain = Fallback(reply);
        return plain.Length == 0 ? null : new SlackOutboundMessage(plain, null);
    }

    /// <summary>The JSON body; callers add channel, thread_ts or response_type.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["text"] = Text };
        if (Blocks is not null)
        {
            json["blocks"] = Blocks.DeepClone();
        }

        return json;
    }

    private static string Fallback(Activity reply) =>
        string.Equals(reply.TextFormat, "markdown", StringComparison.OrdinalIgnoreCase)
            ? reply.Text ?? ""
            : SlackEscaping.Escape(reply.Text ?? "");
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack.Native;

/// <summary>The "Share in channel" button under an ephemeral answer; its value is a <see cref="SlackShareCache"/> id.</summary>
public static class SlackShareButton
{
    public const string ActionId = "rolebot-share";
    public const string Label = "Share in channel";

    public static void AddTo(JsonObject message, string shareId)
    {
        var button = JsonSerializer.SerializeToNode(new SlackButton(SlackText.Plain(Label), ActionId, shareId), SlackJson.Options)!;
        if (message["blocks"] is not JsonArray blocks)
        {
            // Blocks replace the text on screen, so a text-only answer keeps its text as the first block.
            var text = JsonSerializer.SerializeToNode<SlackBlock>(SlackMessageRenderer.Section((string?)message["text"] ?? ""), SlackJson.Options)!;
            blocks = [text];
            message["blocks"] = blocks;
        }

        // Beside the answer's own buttons when there is room; Slack allows 25 per actions block and 50 blocks.
        if (blocks.LastOrDefault() is JsonObject last && (string?)last["type"] == "actions"
            && last["elements"] is JsonArray elements && elements.Count < SlackLimits.ActionElements)
        {
            elements.Add(button);
        }
        else if (blocks.Count < SlackLimits.Blocks)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(button) });
        }
    }
}

using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Slack.Support;

// The Azure Bot Service Slack activities in TestData/abs-activities.json, readdressed for one test: a loopback
// serviceUrl (the fake Connector), and a Slack channel of the test's own so conversations never share state.
internal static class AbsSlackActivities
{
    private static readonly Lazy<JsonObject> File = new(() => JsonNode.Parse(System.IO.File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Channels", "Slack", "TestData", "abs-activities.json")))!.AsObject());

    public static string ApiToken => (string)File.Value["apiToken"]!;

    public static string BotUserId => (string)File.Value["botUserId"]!;

    /// <summary>A fresh channel id of the given kind: "D" direct message, "C" public channel.</summary>
    public static string NewChannel(char kind) => kind + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static JsonObject Get(string name, string serviceUrl, string channel)
    {
        var activity = File.Value["activities"]![name]!.DeepClone().AsObject();
        activity["serviceUrl"] = serviceUrl;
        activity["id"] = $"{activity["id"]}-{Guid.NewGuid():N}";
        var conversation = activity["conversation"]!.AsObject();
        var parts = ((string)conversation["id"]!).Split(':');
        conversation["id"] = $"{parts[0]}:{parts[1]}:{channel}";
        if (activity["channelData"]?["SlackMessage"]?["event"] is JsonObject slackEvent && slackEvent.ContainsKey("channel"))
        {
            slackEvent["channel"] = channel;
        }

        return activity;
    }

    /// <summary>A message typed by a person; in a channel it mentions the bot first unless <paramref name="mention"/> is false.</summary>
    public static JsonObject Message(string text, string serviceUrl, string channel, bool mention = true)
    {
        var direct = channel.StartsWith('D');
        var activity = Get(direct ? "message-dm" : "message-channel-mention", serviceUrl, channel);
        text = direct || !mention ? text : $"<@{BotUserId}> {text}";
        activity["text"] = text;
        activity["channelData"]!["SlackMessage"]!["event"]!["text"] = text;
        return activity;
    }

    public static JsonObject Click(string value, string serviceUrl, string channel)
    {
        var activity = Get("block-actions", serviceUrl, channel);
        activity["channelData"]!["Payload"]!["actions"]![0]!["value"] = value;
        activity["channelData"]!["Payload"]!["channel"]!["id"] = channel;
        return activity;
    }

    public static string ConversationId(JsonObject activity) => (string)activity["conversation"]!["id"]!;
}

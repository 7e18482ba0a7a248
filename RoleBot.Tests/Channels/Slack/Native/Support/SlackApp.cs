using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>
/// The real app (real bot, dialogs, knowledge base) with the native Slack app configured against a
/// <see cref="FakeSlack"/>. One queue partition makes the Slack queue strictly first in, first out, so once a
/// later message is answered every earlier one has been handled.
/// </summary>
public static class SlackApp
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-rolebot-test-token-0000";

    public static RoleBotAppOptions With(string? apiBaseUrl, bool configured = true, IDictionary<string, string>? settings = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?>();
        if (configured)
        {
            all["Slack:SigningSecret"] = SigningSecret;
            all["Slack:BotToken"] = BotToken;
            all["Slack:ApiBaseUrl"] = apiBaseUrl;
            all["Slack:QueuePartitions"] = "1";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        // Everything, HttpClient's request lines and headers included, so tests see every line that could leak.
        return new RoleBotAppOptions { Settings = all, Kestrel = kestrel, LogEverything = true };
    }
}

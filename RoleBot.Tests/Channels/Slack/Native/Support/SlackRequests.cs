using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>
/// Requests shaped like Slack sends them (Events API envelopes, slash command forms, block_actions payloads),
/// signed as Slack signs them. The signature is computed here independently of the product code.
/// </summary>
internal static class SlackRequests
{
    public const string AppId = "A0ROLEBOT";
    public const string Team = "T0TEAM";
    public const string BotUser = "U0ROLEBOT";
    public const string User = "U0ALICE";

    public static string NewChannel(string prefix = "C") => $"{prefix}{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    public static string NewDirectChannel() => NewChannel("D");

    public static string NewTs() => $"1718{Random.Shared.Next(100000, 999999)}.{Random.Shared.Next(100000, 999999)}";

    public static JsonObject AppMention(string question, string channel, string? ts = null, string? threadTs = null, string user = User)
    {
        var ev = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = $"<@{BotUser}> {question}",
            ["ts"] = ts ?? NewTs(),
            ["channel"] = channel,
            ["event_ts"] = ts ?? NewTs(),
        };
        if (threadTs is not null)
        {
            ev["thread_ts"] = threadTs;
        }

        return Envelope(ev);
    }

    public static JsonObject DirectMessage(string text, string channel, string user = User) => Envelope(new JsonObject
    {
        ["type"] = "message",
        ["channel_type"] = "im",
        ["user"] = user,
        ["text"] = text,
        ["ts"] = NewTs(),
        ["channel"] = channel,
    });

    public static JsonObject Envelope(JsonObject ev) => new()
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = Team,
        ["api_app_id"] = AppId,
        ["event"] = ev,
        ["type"] = "event_callback",
        ["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        ["event_time"] = 1718000000,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = BotUser, ["is_bot"] = true }),
    };

    public static string Command(string text, string channel, string responseUrl, string user = User) =>
        Form([.. CommandFields(text, channel, responseUrl, user)]);

    public static IReadOnlyList<(string Key, string Value)> CommandFields(string text, string channel, string responseUrl, string user = User) =>
    [
        ("token", "deprecated-verification-token"), ("team_id", Team), ("team_domain", "rolebot-test"), ("channel_id", channel),
        ("channel_name", "general"), ("user_id", user), ("user_name", "alice"), ("command", "/rolebot"), ("text", text),
        ("api_app_id", AppId), ("response_url", responseUrl), ("trigger_id", "13345224609.738474920.8088930838d88f008e0"),
    ];

    /// <summary>A click on a button of a message the bot sent (ephemeral ones carry is_ephemeral and no message).</summary>
    public static string BlockActions(string actionId, string value, string channel, string responseUrl, string? messageTs = null, string? threadTs = null, bool ephemeral = false)
    {
        var container = new JsonObject { ["type"] = "message", ["channel_id"] = channel, ["is_ephemeral"] = ephemeral };
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = User, ["username"] = "alice", ["team_id"] = Team },
            ["api_app_id"] = AppId,
            ["token"] = "deprecated-verification-token",
            ["container"] = container,
            ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "rolebot-test" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
            ["response_url"] = responseUrl,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = actionId,
                ["block_id"] = "b1",
                ["value"] = value,
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Choose" },
                ["action_ts"] = NewTs(),
            }),
        };
        if (!ephemeral)
        {
            var message = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["bot_id"] = "B0ROLEBOT", ["user"] = BotUser };
            if (threadTs is not null)
            {
                message["thread_ts"] = threadTs;
            }

            payload["message"] = message;
            container["message_ts"] = messageTs;
        }

        return Form(("payload", payload.ToJsonString()));
    }

    public static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)}"));

    public static HttpRequestMessage Event(JsonObject envelope, int? retryNum = null)
    {
        var request = Signed("/api/slack/events", envelope.ToJsonString(), "application/json");
        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }

    public static HttpRequestMessage CommandRequest(string form) => Signed("/api/slack/commands", form, "application/x-www-form-urlencoded");

    public static HttpRequestMessage Interaction(string form) => Signed("/api/slack/interactivity", form, "application/x-www-form-urlencoded");

    public static HttpRequestMessage Signed(string path, string body, string contentType, long? timestamp = null, string secret = SlackApp.SigningSecret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var request = Unsigned(path, bytes, contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", Signature(secret, ts, bytes));
        return request;
    }

    public static HttpRequestMessage Unsigned(string path, byte[] body, string contentType) => new(HttpMethod.Post, path)
    {
        Content = new ByteArrayContent(body) { Headers = { { "Content-Type", contentType } } },
    };

    public static string Signature(string secret, string timestamp, byte[] body)
    {
        var basestring = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), basestring));
    }
}

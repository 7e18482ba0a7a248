namespace RoleBot.Channels.Slack.Native;

/// <summary>Slack refused a call: <see cref="Error"/> is Slack's error code ("channel_not_found", "ratelimited", "http_500").</summary>
public sealed class SlackApiException(string method, string error)
    : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;
}

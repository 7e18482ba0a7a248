namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// A response_url arrives in a signed request, but it is still a URL we will POST to: only Slack's own HTTPS hosts
/// (hooks.slack.com today) qualify, plus loopback, where a local Slack stand-in or test server runs.
/// </summary>
public static class SlackResponseUrls
{
    public static Uri? Parse(string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.UserInfo))
        {
            return null;
        }

        var slack = url.Scheme == Uri.UriSchemeHttps
            && (url.Host.Equals("slack.com", StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase));
        var local = url.IsLoopback && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
        return slack || local ? url : null;
    }
}

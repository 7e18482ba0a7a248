namespace RoleBot.Protocol.Connector;

/// <summary>Builds Bot Connector v3 URLs the way the SDK's Conversations client does.</summary>
public static class ConnectorUrls
{
    /// <summary>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}], every id escaped.</summary>
    public static Uri Activities(string serviceUrl, string conversationId, string? replyToId)
    {
        if (!ServiceUrls.TryParse(serviceUrl, out _))
        {
            throw new ArgumentException("The serviceUrl is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);

        // Teams ids carry ':' ';' '@' and Emulator ids '|': unescaped they would change the route.
        var url = EnsureTrailingSlash(serviceUrl) + "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            url += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(url, UriKind.Absolute);
    }

    /// <summary>The URL a reply goes to: threaded under its replyToId when it has one.</summary>
    public static Uri ForReply(Activity activity) =>
        Activities(
            activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to send to."),
            activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id."),
            activity.ReplyToId);

    private static string EnsureTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";
}

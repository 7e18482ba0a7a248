using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine;

public static class DirectLineChannel
{
    /// <summary>The channelId the bot sees, as behind Azure's Direct Line (non-Teams: cards use Action.Submit).</summary>
    public const string Id = ChannelIds.DirectLine;

    public const string BasePath = "/v3/directline";

    /// <summary>The page served by this app gets its token here (no secret: the app is the page's own backend).</summary>
    public const string PageTokenPath = "/api/webchat/token";

    /// <summary>Azure's enhanced-auth convention for user ids embedded in tokens.</summary>
    public const string UserIdPrefix = "dl_";
}

namespace RoleBot.Protocol;

/// <summary>
/// The channelId values RoleBot treats differently, in one place. They are the ids Azure Bot Service and the local
/// clients put on every activity (docs/protocol.md §1.2); any other id is answered like the Emulator.
/// </summary>
public static class ChannelIds
{
    public const string Teams = "msteams";
    public const string Slack = "slack";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Emulator = "emulator";

    public static bool Is(string? channelId, string expected) => string.Equals(channelId, expected, StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>Azure's id shape "{conversationId}|{seq:0000000}" and the watermark, which is just the sequence number.</summary>
public static class ActivityIds
{
    public static string For(string conversationId, long sequence) =>
        $"{conversationId}|{sequence.ToString("0000000", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// What the client last saw. Absent, malformed or negative means "from the start": DirectLineJS replays what we
    /// gave it, so anything else is a stale or hand-made value, and the poll must not fail over it.
    /// </summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static string FormatWatermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using RoleBot.Channels.WebChat.DirectLine.Conversations;

namespace RoleBot.Channels.WebChat.DirectLine.Streams;

/// <summary>
/// The streamUrl of a Conversation object: ws(s) on the host the client reached (Request.Scheme and Host already
/// say https and the public host when forwarded headers are enabled), preauthorised by a stream token in
/// <c>t</c>, resuming after <c>watermark</c> as Direct Line's own does.
/// </summary>
public static class StreamUrl
{
    public const string TokenParameter = "t";

    public static string For(HttpRequest request, DirectLineConversation conversation, string streamToken, long? watermark)
    {
        var scheme = string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        var host = request.Host.HasValue ? request.Host.Value : "localhost";
        var resume = watermark is { } w ? $"watermark={w.ToString(CultureInfo.InvariantCulture)}&" : "";
        return $"{scheme}://{host}{request.PathBase}{DirectLineChannel.BasePath}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream"
            + $"?{resume}{TokenParameter}={Uri.EscapeDataString(streamToken)}";
    }
}

namespace RoleBot.Protocol.Http;

/// <summary>The exact HTTP answer to an inline turn (expectReplies or invoke), kept so a re-send can be answered the same.</summary>
public sealed record InlineResponse(int Status, byte[]? JsonBody);

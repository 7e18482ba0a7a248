namespace RoleBot.Protocol.Http;

/// <summary>The expectReplies response body: {"activities":[...]}.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

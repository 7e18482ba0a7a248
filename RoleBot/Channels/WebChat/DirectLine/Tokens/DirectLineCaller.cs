namespace RoleBot.Channels.WebChat.DirectLine.Tokens;

/// <summary>Who is calling: the secret holder (any conversation, as in Azure) or a token holder (its own conversation only).</summary>
public sealed record DirectLineCaller(TokenGrant? Grant)
{
    public static DirectLineCaller SecretHolder { get; } = new((TokenGrant?)null);

    public bool IsSecret => Grant is null;

    public bool MayUse(string conversationId) =>
        Grant is null || string.Equals(Grant.ConversationId, conversationId, StringComparison.Ordinal);
}

/// <summary>The caller, or the status to refuse with: 401 without credentials, 403 for bad or expired ones.</summary>
public sealed record CallerCheck(DirectLineCaller? Caller, int Status, string? Failure)
{
    public static CallerCheck Allowed(DirectLineCaller caller) => new(caller, StatusCodes.Status200OK, null);

    public static CallerCheck Refused(int status, string failure) => new(null, status, failure);
}

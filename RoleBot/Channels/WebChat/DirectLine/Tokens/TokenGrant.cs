namespace RoleBot.Channels.WebChat.DirectLine.Tokens;

/// <summary>What a token entitles its holder to: one conversation, as one user (ids start with "dl_").</summary>
public sealed record TokenGrant(string ConversationId, string UserId);

/// <summary>A freshly signed token and its lifetime in seconds, as Direct Line's expires_in reports it.</summary>
public sealed record IssuedToken(string Token, int ExpiresIn);

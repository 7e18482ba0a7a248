namespace RoleBot.Channels.WebChat.Page;

/// <summary>The resolved folder the page is served from (configured, or the app's wwwroot).</summary>
public sealed record WebChatPageRoot(string Path);

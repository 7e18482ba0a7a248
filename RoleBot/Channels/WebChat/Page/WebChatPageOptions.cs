namespace RoleBot.Channels.WebChat.Page;

/// <summary>The browser chat page at "/", bound from configuration section RoleBot:WebChat.</summary>
public sealed class WebChatPageOptions
{
    public const string Section = "RoleBot:WebChat";

    /// <summary>Folder holding index.html and webchat/; empty means the app's wwwroot next to the assembly.</summary>
    public string? WebRoot { get; set; }

    /// <summary>Origins (e.g. https://intranet.example.com) allowed to show the page in an iframe; the bot's own origin always is.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>The organisation (a folder name under dialogs/organisations/) whose ladder the chat page and Direct Line answer from; empty for the general knowledge base.</summary>
    public string? Organisation { get; set; }
}

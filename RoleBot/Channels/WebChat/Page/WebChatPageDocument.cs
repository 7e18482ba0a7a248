using System.Text.Encodings.Web;

namespace RoleBot.Channels.WebChat.Page;

/// <summary>
/// Fills the wwwroot/index.html template. A missing Web Chat bundle is said on the page itself, with what to do,
/// instead of leaving the visitor a blank page.
/// </summary>
public sealed class WebChatPageDocument(string webRoot, WebChatBundle bundle)
{
    public string TemplatePath { get; } = Path.Combine(webRoot, "index.html");

    public async Task<string> RenderAsync(string nonce, CancellationToken cancellationToken)
    {
        var template = await File.ReadAllTextAsync(TemplatePath, cancellationToken);
        var notice = bundle.Exists ? "" : MissingBundleNotice();
        return template
            .Replace("{{nonce}}", nonce, StringComparison.Ordinal)
            .Replace("{{webchat-src}}", WebChatBundle.RequestPath, StringComparison.Ordinal)
            .Replace("{{notice-hidden}}", bundle.Exists ? " hidden" : "", StringComparison.Ordinal)
            .Replace("{{notice}}", notice, StringComparison.Ordinal);
    }

    private string MissingBundleNotice()
    {
        var html = HtmlEncoder.Default;
        return $"The chat cannot start: the Web Chat script (botframework-webchat {html.Encode(WebChatBundle.Version)}) is missing "
            + $"from <code>{html.Encode(bundle.FilePath)}</code>. RoleBot's build fetches it from the npm registry: install "
            + "Node.js (with npm), make sure https://registry.npmjs.org is reachable, run <code>dotnet build RoleBot</code> "
            + "again and restart the bot. The bot itself is running: Teams, Slack and the Bot Framework Emulator still "
            + "reach it at <code>/api/messages</code>.";
    }
}

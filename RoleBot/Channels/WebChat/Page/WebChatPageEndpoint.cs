using Microsoft.Extensions.Options;

namespace RoleBot.Channels.WebChat.Page;

/// <summary>GET "/": the chat page, or in words why the chat cannot start (503) when the Web Chat bundle is missing.</summary>
public sealed class WebChatPageEndpoint(WebChatPageDocument document, WebChatBundle bundle, IOptions<WebChatPageOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        if (!File.Exists(document.TemplatePath))
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            await response.WriteAsync($"RoleBot's chat page is missing: no template at {document.TemplatePath}. Rebuild or republish RoleBot.", context.RequestAborted);
            return;
        }

        var nonce = WebChatPageSecurity.NewNonce();
        WebChatPageSecurity.Apply(response, nonce, options.Value);
        response.StatusCode = bundle.Exists ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(await document.RenderAsync(nonce, context.RequestAborted), context.RequestAborted);
    }
}

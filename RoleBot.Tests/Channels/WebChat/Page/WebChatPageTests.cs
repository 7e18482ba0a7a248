using System.Net;
using System.Text.RegularExpressions;
using RoleBot.Channels.WebChat.Page;

namespace RoleBot.Tests.Channels.WebChat.Page;

public sealed partial class WebChatPageTests
{
    [Fact]
    public async Task ServesTheChatPageAsHtmlThatLoadsTheLocalWebChatBundle()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();

        var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Matches("<title>[^<]*RoleBot[^<]*</title>", html);
        Assert.Contains($"<script src=\"{WebChatBundle.RequestPath}\" defer></script>", html);
        Assert.Contains("<main id=\"webchat\" aria-label=\"Chat with RoleBot\">", html);
        Assert.Contains("id=\"notice\" class=\"notice\" role=\"alert\" hidden>", html);
        Assert.DoesNotContain("{{", html);
    }

    [Fact]
    public async Task PageLoadsNothingFromAnotherOrigin()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();

        var html = await app.CreateClient().GetStringAsync("/");

        Assert.Empty(ExternalReference().Matches(html));
    }

    [Fact]
    public async Task PageIsSentWithAContentSecurityPolicyWhoseNonceTheScriptCarries()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();

        var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;

        Assert.StartsWith("default-src 'none'; script-src 'self';", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script src=\"/webchat/chat.js\" nonce=\"{nonce}\" defer>", html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task EveryPageLoadGetsItsOwnNonce()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();
        var client = app.CreateClient();

        var first = (await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        var second = (await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task ConfiguredOriginsMayFrameThePage()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App(
            ($"{WebChatPageOptions.Section}:FrameAncestors:0", "https://intranet.example.com"),
            ($"{WebChatPageOptions.Section}:FrameAncestors:1", "https://portal.example.com"));

        var response = await app.CreateClient().GetAsync("/");

        Assert.EndsWith("frame-ancestors 'self' https://intranet.example.com https://portal.example.com",
            response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task MissingBundleMakesThePageSayWhatToDo()
    {
        using var root = new TempWebRoot(withBundle: false);
        using var app = root.App();

        var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("id=\"notice\" class=\"notice\" role=\"alert\">The chat cannot start", html);
        Assert.Contains($"botframework-webchat {WebChatBundle.Version}", html);
        Assert.Contains("<code>dotnet build RoleBot</code>", html);
        Assert.Contains(new WebChatBundle(root.Path).FilePath, html);
    }

    [Fact]
    public async Task HeadRequestsGetThePageHeadersAndOtherMethodsAreRefused()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();
        var client = app.CreateClient();

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        var post = await client.PostAsync("/", new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html; charset=utf-8", head.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task HealthAndMessagesEndpointsAreUnchanged()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();
        var client = app.CreateClient();

        Assert.Equal("{\"status\":\"ok\"}", await client.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync("/api/messages")).StatusCode);
    }

    [Fact]
    public async Task MissingTemplateIsAClearServerError()
    {
        using var root = new TempWebRoot(withBundle: true);
        File.Delete(Path.Combine(root.Path, "index.html"));
        using var app = root.App();

        var response = await app.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("no template at", await response.Content.ReadAsStringAsync());
    }

    // src/href/url() pointing at an absolute http(s) or protocol-relative address.
    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*(https?:)?//|url\(\s*[""']?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}

using System.Net;
using RoleBot.Channels.WebChat.Page;

namespace RoleBot.Tests.Channels.WebChat.Page;

public sealed class WebChatAssetTests
{
    [Fact]
    public async Task BundleIsServedAsJavaScriptThatBrowsersKeepForAYear()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();

        var response = await app.CreateClient().GetAsync(WebChatBundle.RequestPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(TempWebRoot.StandInBundle, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MissingBundleIsNotFound()
    {
        using var root = new TempWebRoot(withBundle: false);
        using var app = root.App();

        var response = await app.CreateClient().GetAsync(WebChatBundle.RequestPath);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/webchat/chat.js", "text/javascript")]
    [InlineData("/webchat/chat.css", "text/css")]
    [InlineData("/webchat/favicon.svg", "image/svg+xml")]
    public async Task PageAssetsAreRevalidatedOnEveryLoad(string path, string mediaType)
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task PageTemplateIsNotServedAsAFile()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/webchat/index.html")).StatusCode);
    }
}

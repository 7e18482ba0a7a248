using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using RoleBot.Channels.WebChat.Page;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.Page;

public sealed class PrecompressedBundleTests
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    public async Task BundleIsSentPrecompressedWhenTheBrowserAcceptsIt(string acceptEncoding, string coding)
    {
        using var root = new TempWebRoot(withBundle: true, compressed: true);
        using var app = root.App();

        var response = await Get(app.CreateClient(), WebChatBundle.RequestPath, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([coding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new FileInfo(new WebChatBundle(root.Path).FilePath + (coding == "br" ? ".br" : ".gz")).Length, body.Length);
        Assert.Equal(TempWebRoot.StandInBundle, StandInCompression.Decode(body, coding));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    public async Task BundleIsSentAsIsToClientsThatAcceptNoCompression(string? acceptEncoding)
    {
        using var root = new TempWebRoot(withBundle: true, compressed: true);
        using var app = root.App();

        var response = await Get(app.CreateClient(), WebChatBundle.RequestPath, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal(TempWebRoot.StandInBundle, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BundleWithoutCompressedFilesIsSentAsIs()
    {
        using var root = new TempWebRoot(withBundle: true);
        using var app = root.App();

        var response = await Get(app.CreateClient(), WebChatBundle.RequestPath, "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(TempWebRoot.StandInBundle, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RevalidatingTheCompressedBundleAnswersNotModified()
    {
        using var root = new TempWebRoot(withBundle: true, compressed: true);
        using var app = root.App();
        var client = app.CreateClient();
        var first = await Get(client, WebChatBundle.RequestPath, "br");

        var request = new HttpRequestMessage(HttpMethod.Get, WebChatBundle.RequestPath);
        request.Headers.AcceptEncoding.ParseAdd("br");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        var identity = await Get(client, WebChatBundle.RequestPath, null);
        Assert.NotEqual(first.Headers.ETag, identity.Headers.ETag);
    }

    [Theory]
    [InlineData(".br")]
    [InlineData(".gz")]
    public async Task CompressedFilesAreNotServedUnderTheirOwnNames(string suffix)
    {
        using var root = new TempWebRoot(withBundle: true, compressed: true);
        using var app = root.App();

        var response = await Get(app.CreateClient(), WebChatBundle.RequestPath + suffix, "br, gzip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BotAndDirectLineResponsesAreNotCompressed()
    {
        using var root = new TempWebRoot(withBundle: true, compressed: true);
        using var app = root.App();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        var messages = await client.PostActivityAsync(ActivityBodies.Message("who is higher, GM or VP?").ExpectReplies());
        var ticket = await client.PostAsync("/api/webchat/token", null);
        var token = JsonNode.Parse(await ticket.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await client.PostAsync("/v3/directline/conversations", null);
        var conversation = JsonNode.Parse(await started.Content.ReadAsStringAsync())!["conversationId"]!.GetValue<string>();
        var poll = await client.GetAsync($"/v3/directline/conversations/{conversation}/activities");

        foreach (var response in new[] { messages, ticket, started, poll })
        {
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.RequestUri}: {response.StatusCode}");
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        }
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        return client.SendAsync(request);
    }
}

using System.Net;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>CORS only for RoleBot:DirectLine:AllowedOrigins (the factory allows https://chat.example.com).</summary>
public class CorsTests(EchoDirectLineApp factory) : IClassFixture<EchoDirectLineApp>
{
    private readonly DirectLineTestClient _client = factory.CreateDirectLineClient();

    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/v3/directline/tokens/refresh")]
    [InlineData("/v3/directline/conversations/abc/activities")]
    [InlineData("/api/webchat/token")]
    public async Task APreflightFromAnAllowedOriginGetsTheDirectLineHeaders(string path)
    {
        using var response = await PreflightAsync(path, DirectLineApp.AllowedOrigin);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DirectLineApp.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET, POST, OPTIONS", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("authorization, content-type, x-ms-bot-agent, x-requested-with", Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal("Retry-After", Header(response, "Access-Control-Expose-Headers"));
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("http://chat.example.com")]
    [InlineData("https://chat.example.com.evil.net")]
    [InlineData("null")]
    public async Task APreflightFromAnyOtherOriginGetsNoCorsHeaders(string origin)
    {
        using var response = await PreflightAsync("/v3/directline/conversations", origin);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task ARealRequestFromAnAllowedOriginMayReadTheResponse()
    {
        var ticket = await _client.OpenAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ticket.ConversationId}/activities?watermark=",
            ticket.Token, origin: "https://CHAT.example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://CHAT.example.com", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("Retry-After", Header(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task ARealRequestFromAnotherOriginIsServedWithoutCorsHeadersSoTheBrowserHidesIt()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/api/webchat/token", null, origin: "https://evil.example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ASameOriginRequestNeedsNoCorsHeaders()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return await _client.Http.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) => string.Join(",", response.Headers.GetValues(name));
}

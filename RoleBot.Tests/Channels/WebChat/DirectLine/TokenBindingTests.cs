using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>Every endpoint against every kind of credential (TestData/credentials.json), aimed at one started conversation.</summary>
public class TokenBindingTests(EchoDirectLineApp factory) : IClassFixture<EchoDirectLineApp>
{
    private readonly DirectLineTestClient _client = factory.CreateDirectLineClient();

    public static TheoryData<string, string> Cases => CredentialCase.Pairs();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachEndpointAnswersEachCredentialAsSpecified(string credential, string endpoint)
    {
        var target = await _client.OpenAsync();
        var other = await _client.OpenAsync();
        var header = new Credentials(factory, target, other).HeaderFor(credential);

        using var request = Request(endpoint, target.ConversationId);
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(CredentialCase.Expected(credential, endpoint), (int)response.StatusCode);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task ATokenForAnotherConversationNeitherReadsNorPostsThere()
    {
        var target = await _client.OpenAsync();
        var other = await _client.OpenAsync();

        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{target.ConversationId}/activities?watermark=", other.Token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{target.ConversationId}/activities", other.Token, WebChatActivities.Message("intruder"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var page = await _client.PollAsync(target.Token, target.ConversationId);
        Assert.DoesNotContain(page.Activities, a => a.Str("text")?.Contains("intruder", StringComparison.Ordinal) == true);
        Assert.Equal("1", page.Watermark);
    }

    private static HttpRequestMessage Request(string endpoint, string conversationId)
    {
        var (method, path) = endpoint switch
        {
            "generate" => (HttpMethod.Post, "/v3/directline/tokens/generate"),
            "refresh" => (HttpMethod.Post, "/v3/directline/tokens/refresh"),
            "start" => (HttpMethod.Post, "/v3/directline/conversations"),
            "reconnect" => (HttpMethod.Get, $"/v3/directline/conversations/{conversationId}"),
            "poll" => (HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark="),
            "post" => (HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
        var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            var body = endpoint == "post" ? WebChatActivities.Message("hello") : new JsonObject();
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }
}

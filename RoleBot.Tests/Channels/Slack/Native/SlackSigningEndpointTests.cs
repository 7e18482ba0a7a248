using System.Net;
using System.Text;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>Every Slack endpoint checks the signature over the raw body before it reads anything, url_verification included.</summary>
public sealed class SlackSigningEndpointTests(SlackFixture fixture) : IClassFixture<SlackFixture>
{
    public static TheoryData<string> Paths => ["/api/slack/events", "/api/slack/commands", "/api/slack/interactivity"];

    private const string Challenge = """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

    // Well past the five minutes either way, so a second ticking over mid-request cannot matter; the exact
    // boundary is tested with an injected clock in SlackSignatureTests.
    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    [Fact]
    public async Task AnswersASignedUrlVerificationWithTheChallenge()
    {
        using var response = await fixture.Client.SendAsync(SlackRequests.Signed("/api/slack/events", Challenge, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefusesAnUnsignedUrlVerificationWithoutEchoingIt()
    {
        using var response = await fixture.Client.SendAsync(SlackRequests.Unsigned("/api/slack/events", Encoding.UTF8.GetBytes(Challenge), "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("3eZbrw", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task RejectsATamperedBody(string path)
    {
        var request = SlackRequests.Signed(path, Challenge, "application/json");
        request.Content = new StringContent(Challenge.Replace("3eZb", "3eZc", StringComparison.Ordinal), Encoding.UTF8, "application/json");

        await AssertUnauthorizedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public Task RejectsASignatureMadeWithAnotherSecret(string path) =>
        AssertUnauthorizedAsync(SlackRequests.Signed(path, Challenge, "application/json", secret: "not-the-signing-secret"));

    [Theory]
    [MemberData(nameof(Paths))]
    public Task RejectsAStaleTimestamp(string path) =>
        AssertUnauthorizedAsync(SlackRequests.Signed(path, Challenge, "application/json", timestamp: Now - 400));

    [Theory]
    [MemberData(nameof(Paths))]
    public Task RejectsATimestampFromTheFuture(string path) =>
        AssertUnauthorizedAsync(SlackRequests.Signed(path, Challenge, "application/json", timestamp: Now + 400));

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task RejectsMissingSignatureHeaders(string path)
    {
        var noSignature = SlackRequests.Signed(path, Challenge, "application/json");
        noSignature.Headers.Remove("X-Slack-Signature");
        var noTimestamp = SlackRequests.Signed(path, Challenge, "application/json");
        noTimestamp.Headers.Remove("X-Slack-Request-Timestamp");

        await AssertUnauthorizedAsync(noSignature);
        await AssertUnauthorizedAsync(noTimestamp);
        await AssertUnauthorizedAsync(SlackRequests.Unsigned(path, Encoding.UTF8.GetBytes(Challenge), "application/json"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task RejectsAGarbledSignatureHeader(string path)
    {
        var request = SlackRequests.Signed(path, Challenge, "application/json");
        request.Headers.Remove("X-Slack-Signature");
        request.Headers.Add("X-Slack-Signature", "sha256=not-hex");

        await AssertUnauthorizedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task RefusesABodyOverTheLimitWith413(string path)
    {
        var huge = new string('a', 300 * 1024);

        using var response = await fixture.Client.SendAsync(SlackRequests.Signed(path, huge, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AcceptsOnlyPost(string path)
    {
        using var response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task AssertUnauthorizedAsync(HttpRequestMessage request)
    {
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }
}

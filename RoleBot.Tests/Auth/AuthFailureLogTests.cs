using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth;

/// <summary>
/// What a rejected request leaves in the log of the real app. The attacker controls every value read from a token
/// that failed validation (and the activity's channelId), so none of it may forge a line or flood the log.
/// </summary>
public sealed class AuthFailureLogTests(AuthenticatedApp factory) : IClassFixture<AuthenticatedApp>
{
    // The most characters of one attacker value a log line may carry (the sanitiser keeps 64).
    private const int MaxAttackerCharacters = 64;

    // Line breaks of every kind, then a fake line, then 10 KB of filler whose surviving length is easy to count.
    private static readonly string Forged = $"x\r\nWarning RoleBot: forged line\u2028{new string('A', 10 * 1024)}";

    [Fact]
    public async Task ForgedIssuerIsLoggedOnceOnOneShortLine()
    {
        var claims = TestTokens.ChannelClaims(factory.Connector.ServiceUrl);
        claims["iss"] = Forged;
        var token = TestTokens.Unsigned(factory.Keys.ChannelKey.Kid, claims);

        var line = await RejectedLineAsync(Teams(), token);

        Assert.Contains("issuer", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedKidIsLoggedOnceOnOneShortLine()
    {
        var key = factory.Keys.ChannelKey.SecurityKey;
        key.KeyId = Forged;
        var token = TestTokens.Sign(key, TestTokens.ChannelClaims(factory.Connector.ServiceUrl));

        var line = await RejectedLineAsync(Teams(), token);

        Assert.Contains("kid", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedChannelIdIsLoggedOnceOnOneShortLine()
    {
        var activity = Teams();
        activity["channelId"] = Forged;
        var token = TestTokens.Sign(factory.Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims(factory.Connector.ServiceUrl));

        var line = await RejectedLineAsync(activity, token);

        Assert.Contains("not endorsed", line, StringComparison.Ordinal);
    }

    private async Task<string> RejectedLineAsync(JsonObject activity, string token)
    {
        // Tests in this class run one at a time, so every warning written during the request belongs to it.
        var before = factory.Logs.Lines.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityBodies.Json(activity.ToJsonString()) };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var warning = Assert.Single(factory.Logs.Lines.Skip(before), l => l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.DoesNotContain(warning, c => c is '\n' or '\r' or '\u2028' or '\u2029');
        Assert.DoesNotContain(new string('A', MaxAttackerCharacters), warning, StringComparison.Ordinal);
        Assert.True(warning.Length < 600, $"{warning.Length} characters");
        Assert.DoesNotContain(token.Split('.')[1], warning, StringComparison.Ordinal);
        return warning;
    }

    private JsonObject Teams()
    {
        var activity = ActivityBodies.Message("must not be processed", factory.Connector.ServiceUrl);
        activity["channelId"] = "msteams";
        return activity;
    }
}

using Microsoft.IdentityModel.Tokens;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Inbound;

public sealed class ChannelTokenTests(KeyServerFixture fixture) : IClassFixture<KeyServerFixture>
{
    private KeyServer Keys => fixture.Keys;

    private static string Bearer(string token) => $"Bearer {token}";

    [Fact]
    public async Task AcceptsValidChannelTokenAndTrustsItsServiceUrl()
    {
        var result = await fixture.AuthenticateAsync(Bearer(TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims())));

        Assert.True(result.Succeeded, result.Failure);
        Assert.True(result.ServiceUrlTrusted);
        Assert.False(result.IsAnonymous);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AcceptsOtherAllowedRsaAlgorithms(string algorithm)
    {
        var result = await fixture.AuthenticateAsync(Bearer(TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims(), algorithm)));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task AcceptsServiceUrlThatDiffersOnlyInCase()
    {
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims("HTTPS://SMBA.trafficmanager.net/amer/"));

        var result = await fixture.AuthenticateAsync(Bearer(token));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task RejectsTokenWithWrongIssuer()
    {
        var claims = TestTokens.ChannelClaims();
        claims["iss"] = "https://api.botframework.com/";

        await AssertRejected(TestTokens.Sign(Keys.ChannelKey.SecurityKey, claims), "issuer");
    }

    [Fact]
    public async Task RejectsTokenWithWrongAudience()
    {
        var claims = TestTokens.ChannelClaims();
        claims["aud"] = "00000000-0000-0000-0000-000000000000";

        await AssertRejected(TestTokens.Sign(Keys.ChannelKey.SecurityKey, claims), "audience");
    }

    [Fact]
    public async Task RejectsTokenWithBadSignature()
    {
        var impostor = new TestKey(Keys.ChannelKey.Kid, null);

        await AssertRejected(TestTokens.Sign(impostor.SecurityKey, TestTokens.ChannelClaims()), "signature");
    }

    [Fact]
    public async Task RejectsTamperedPayload()
    {
        var parts = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims()).Split('.');
        var forged = TestTokens.Unsigned(Keys.ChannelKey.Kid, TestTokens.ChannelClaims("https://evil.example/")).Split('.')[1];

        await AssertRejected($"{parts[0]}.{forged}.{parts[2]}", "signature");
    }

    [Fact]
    public async Task RejectsExpiredToken()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims(), notBefore: now.AddHours(-2), expires: now.AddMinutes(-6));

        await AssertRejected(token, "expired");
    }

    [Fact]
    public async Task AcceptsTokenExpiredWithinClockSkew()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims(), notBefore: now.AddHours(-2), expires: now.AddMinutes(-4));

        var result = await fixture.AuthenticateAsync(Bearer(token));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task RejectsTokenNotYetValid()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims(), notBefore: now.AddMinutes(10), expires: now.AddHours(1));

        await AssertRejected(token, "not valid before");
    }

    [Fact]
    public async Task RejectsUnsignedTokenWithAlgNone()
    {
        await AssertRejected(TestTokens.Unsigned(Keys.ChannelKey.Kid, TestTokens.ChannelClaims()), "algorithm 'none'");
    }

    [Fact]
    public async Task RejectsHs256TokenEvenWithKnownKid()
    {
        // The classic confusion attack: HMAC keyed with something public, labelled with a real RSA kid.
        var hmac = new SymmetricSecurityKey(new byte[32]) { KeyId = Keys.ChannelKey.Kid };

        await AssertRejected(TestTokens.Sign(hmac, TestTokens.ChannelClaims(), SecurityAlgorithms.HmacSha256), "algorithm 'HS256'");
    }

    [Fact]
    public async Task RejectsTokenSignedWithUnknownKid()
    {
        var stranger = new TestKey("never-published", ["msteams"]);

        await AssertRejected(TestTokens.Sign(stranger.SecurityKey, TestTokens.ChannelClaims()), "unknown signing key");
    }

    [Fact]
    public async Task RejectsChannelNotInEndorsements()
    {
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims());

        var result = await fixture.AuthenticateAsync(Bearer(token), KeyServerFixture.Teams(channelId: "facebook"));

        AssertFailure(result, "not endorsed for channel 'facebook'");
    }

    [Fact]
    public async Task RejectsActivityWithoutChannelId()
    {
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims());

        var result = await fixture.AuthenticateAsync(Bearer(token), KeyServerFixture.Teams(channelId: ""));

        AssertFailure(result, "not endorsed");
    }

    [Fact]
    public async Task RejectsKidWithoutEndorsements()
    {
        await AssertRejected(TestTokens.Sign(Keys.BareKey.SecurityKey, TestTokens.ChannelClaims()), "has no endorsements");
    }

    [Fact]
    public async Task RejectsServiceUrlMismatch()
    {
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims("https://smba.trafficmanager.net/emea/"));

        await AssertRejected(token, "serviceurl");
    }

    [Fact]
    public async Task RejectsServiceUrlThatDiffersOnlyByTrailingSlash()
    {
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims("https://smba.trafficmanager.net/amer"));

        await AssertRejected(token, "serviceurl");
    }

    [Fact]
    public async Task RejectsTokenWithoutServiceUrlClaim()
    {
        var claims = TestTokens.ChannelClaims();
        claims.Remove("serviceurl");

        await AssertRejected(TestTokens.Sign(Keys.ChannelKey.SecurityKey, claims), "no serviceurl");
    }

    [Fact]
    public async Task RejectsSkillToken()
    {
        var claims = TestTokens.ChannelClaims();
        claims["ver"] = "1.0";
        claims["appid"] = "another-bot-app-id";

        await AssertRejected(TestTokens.Sign(Keys.ChannelKey.SecurityKey, claims), "skill");
    }

    [Fact]
    public async Task RejectsAnonymousSkillToken()
    {
        var claims = TestTokens.ChannelClaims();
        claims["appid"] = "AnonymousSkill";

        await AssertRejected(TestTokens.Sign(Keys.ChannelKey.SecurityKey, claims), "skill");
    }

    [Fact]
    public async Task RejectsWhenSigningKeysCannotBeFetched()
    {
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims());

        var result = await fixture.AuthenticateAsync(Bearer(token),
            configure: s => s["ToBotFromChannelOpenIdMetadataUrl"] = Keys.ChannelMetadataUrl.Replace("/channel/", "/gone/", StringComparison.Ordinal));

        AssertFailure(result, "HttpRequestException");
    }

    [Fact]
    public async Task GivesTheReasonButNeverTheTokenAndLogsNothingItself()
    {
        var logs = new LogSink();
        var token = TestTokens.Sign(Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims("https://evil.example/"));

        var result = await fixture.AuthenticateAsync(Bearer(token), logs: logs);

        Assert.Contains("serviceurl claim does not match", result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], result.Failure, StringComparison.Ordinal);
        // The endpoint writes the one line per rejected request (AuthFailureLogTests).
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuotesAForgedIssuerOnlyShortAndWithoutLineBreaks()
    {
        var claims = TestTokens.ChannelClaims();
        claims["iss"] = $"https://evil.example/\nWarning forged{new string('x', 5000)}";

        var result = await fixture.AuthenticateAsync(Bearer(TestTokens.Unsigned(Keys.ChannelKey.Kid, claims)));

        AssertFailure(result, "is not accepted");
        Assert.DoesNotContain('\n', result.Failure!);
        Assert.True(result.Failure!.Length < 150, result.Failure);
    }

    private async Task AssertRejected(string token, string reason) =>
        AssertFailure(await fixture.AuthenticateAsync(Bearer(token)), reason);

    internal static void AssertFailure(RoleBot.Auth.AuthenticationResult result, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.False(result.ServiceUrlTrusted);
        Assert.Contains(reason, result.Failure, StringComparison.Ordinal);
    }
}

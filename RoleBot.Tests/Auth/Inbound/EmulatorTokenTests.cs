using RoleBot.Tests.Auth.Support;

namespace RoleBot.Tests.Auth.Inbound;

public sealed class EmulatorTokenTests(KeyServerFixture fixture) : IClassFixture<KeyServerFixture>
{
    private static readonly RoleBot.Protocol.Activity EmulatorActivity = KeyServerFixture.Teams("http://localhost:53415", "emulator");

    [Theory]
    [InlineData("1.0", TestTokens.EmulatorV1Issuer)]
    [InlineData("2.0", TestTokens.EmulatorV2Issuer)]
    [InlineData("1.0", "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/")]
    public async Task AcceptsValidEmulatorTokenWithoutTrustingItsServiceUrl(string version, string issuer)
    {
        var result = await AuthenticateAsync(TestTokens.EmulatorClaims(version, issuer));

        Assert.True(result.Succeeded, result.Failure);
        Assert.False(result.ServiceUrlTrusted);
        Assert.False(result.IsAnonymous);
    }

    [Theory]
    [InlineData("https://sts.windows.net/{0}/")]
    [InlineData("https://login.microsoftonline.com/{0}/v2.0")]
    public async Task AcceptsSingleTenantIssuerForTheConfiguredTenant(string template)
    {
        var result = await AuthenticateAsync(TestTokens.EmulatorClaims("2.0", string.Format(System.Globalization.CultureInfo.InvariantCulture, template, TestTokens.TenantId)));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task RejectsSingleTenantIssuerForAnotherTenant()
    {
        var claims = TestTokens.EmulatorClaims("2.0", "https://login.microsoftonline.com/12345678-0000-0000-0000-000000000000/v2.0");
        claims["tid"] = "12345678-0000-0000-0000-000000000000";

        ChannelTokenTests.AssertFailure(await AuthenticateAsync(claims), "issuer");
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task RejectsEmulatorTokenFromAnotherAppAsSkillToken(string version, string claim)
    {
        // Caller differs from audience: the SDK classifies that as a bot-to-bot (skill) call, which we refuse.
        var claims = TestTokens.EmulatorClaims(version, TestTokens.EmulatorV1Issuer);
        claims[claim] = "another-app";

        ChannelTokenTests.AssertFailure(await AuthenticateAsync(claims), "skill");
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task RejectsEmulatorTokenIssuedToAnotherApp(string version, string claim)
    {
        var claims = TestTokens.EmulatorClaims(version, TestTokens.EmulatorV1Issuer);
        claims[claim] = "another-app";
        claims["aud"] = "another-app";

        ChannelTokenTests.AssertFailure(await AuthenticateAsync(claims), "audience");
    }

    [Theory]
    [InlineData("1.0", "azp")]
    [InlineData("2.0", "appid")]
    public async Task RejectsEmulatorTokenWithCallerInTheWrongClaimForItsVersion(string version, string wrongClaim)
    {
        var claims = TestTokens.EmulatorClaims(version, TestTokens.EmulatorV1Issuer);
        claims.Remove(version == "2.0" ? "azp" : "appid");
        claims[wrongClaim] = TestTokens.AppId;

        ChannelTokenTests.AssertFailure(await AuthenticateAsync(claims), "does not match MicrosoftAppId");
    }

    [Fact]
    public async Task RejectsEmulatorTokenWithUnknownVersion()
    {
        var claims = TestTokens.EmulatorClaims("1.0", TestTokens.EmulatorV1Issuer);
        claims["ver"] = "3.0";

        ChannelTokenTests.AssertFailure(await AuthenticateAsync(claims), "version '3.0'");
    }

    [Fact]
    public async Task RejectsEmulatorTokenWithoutVersion()
    {
        var claims = TestTokens.EmulatorClaims("1.0", TestTokens.EmulatorV1Issuer);
        claims.Remove("ver");

        ChannelTokenTests.AssertFailure(await AuthenticateAsync(claims), "no ver claim");
    }

    [Fact]
    public async Task RejectsOurOwnOutboundTokenReplayedAsEmulatorToken()
    {
        // What Entra issues to the bot for the Connector: aud is the Bot Framework, not the bot.
        var claims = TestTokens.EmulatorClaims("1.0", TestTokens.EmulatorV1Issuer);
        claims["aud"] = "https://api.botframework.com";

        ChannelTokenTests.AssertFailure(await AuthenticateAsync(claims), "audience");
    }

    [Fact]
    public async Task RejectsEmulatorTokenSignedWithChannelKey()
    {
        var token = TestTokens.Sign(fixture.Keys.ChannelKey.SecurityKey, TestTokens.EmulatorClaims("1.0", TestTokens.EmulatorV1Issuer));

        ChannelTokenTests.AssertFailure(await fixture.AuthenticateAsync($"Bearer {token}", EmulatorActivity), "unknown signing key");
    }

    private Task<RoleBot.Auth.AuthenticationResult> AuthenticateAsync(Dictionary<string, object> claims) =>
        fixture.AuthenticateAsync($"Bearer {TestTokens.Sign(fixture.Keys.EmulatorKey.SecurityKey, claims)}", EmulatorActivity);
}

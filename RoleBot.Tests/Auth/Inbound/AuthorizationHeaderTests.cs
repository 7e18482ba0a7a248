using System.Text.Json;
using RoleBot.Tests.Auth.Support;

namespace RoleBot.Tests.Auth.Inbound;

public sealed class AuthorizationHeaderTests(KeyServerFixture fixture) : IClassFixture<KeyServerFixture>
{
    public static TheoryData<string, string> RejectedHeaders()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Auth", "Inbound", "TestData", "authorization-headers.json")));
        var data = new TheoryData<string, string>();
        foreach (var item in document.RootElement.GetProperty("rejected").EnumerateArray())
        {
            data.Add(item.GetProperty("name").GetString()!, item.GetProperty("header").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RejectedHeaders))]
    public async Task RejectsMalformedAuthorizationHeader(string name, string header)
    {
        // {token} is a valid channel token: only the header shape is wrong.
        var token = TestTokens.Sign(fixture.Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims());

        var result = await fixture.AuthenticateAsync(header.Replace("{token}", token, StringComparison.Ordinal));

        Assert.False(result.Succeeded, name);
    }

    [Fact]
    public async Task RejectsMissingHeaderWhenAppIdIsConfigured()
    {
        ChannelTokenTests.AssertFailure(await fixture.AuthenticateAsync(null), "missing Authorization header");
    }

    [Fact]
    public async Task AcceptsMissingHeaderAsAnonymousWhenNoAppIdIsConfigured()
    {
        var result = await fixture.AuthenticateAsync(null, configure: s => s["MicrosoftAppId"] = "");

        Assert.Same(RoleBot.Auth.AuthenticationResult.Anonymous, result);
    }

    [Fact]
    public async Task RejectsAnyTokenWhenNoAppIdIsConfigured()
    {
        var token = TestTokens.Sign(fixture.Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims());

        var result = await fixture.AuthenticateAsync($"Bearer {token}", configure: s => s["MicrosoftAppId"] = "");

        ChannelTokenTests.AssertFailure(result, "no MicrosoftAppId");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Auth;
using RoleBot.Auth.Inbound;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Inbound;

/// <summary>
/// Signing keys come only from the configured OpenID metadata and the jwks_uri it names: a redirect on either is a
/// failed fetch (so the token is refused), never keys taken from the Location.
/// </summary>
public sealed class SigningKeyRedirectTests : RedirectingTests
{
    private const string MetadataPath = "channel/.well-known/openidconfiguration";

    private readonly TestKey _key = new("redirect-key", ["msteams"]);
    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task MetadataIsNotFetchedFromARedirect(int status)
    {
        var result = await AuthenticateAsync(Redirector.Url(status, MetadataPath));

        Assert.False(result.Succeeded);
        Assert.Single(Redirector.Redirected);
        Assert.Empty(Redirector.ReachedTarget);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task KeysAreNotFetchedFromARedirect(int status)
    {
        await using var metadata = await LoopbackServer.StartAsync(app =>
            app.MapGet("/" + MetadataPath, () => Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = Redirector.Url(status, "keys") })));

        var result = await AuthenticateAsync($"{metadata.BaseUrl}/{MetadataPath}");

        Assert.False(result.Succeeded);
        Assert.Single(Redirector.Redirected);
        Assert.Empty(Redirector.ReachedTarget);
    }

    private async Task<AuthenticationResult> AuthenticateAsync(string metadataUrl)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "unused-in-inbound-tests",
            ["MicrosoftAppTenantId"] = TestTokens.TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        };
        await using var services = AuthServices.Build(settings);
        var token = TestTokens.Sign(_key.SecurityKey, TestTokens.ChannelClaims());
        return await services.GetRequiredService<IRequestAuthenticator>()
            .AuthenticateAsync($"Bearer {token}", KeyServerFixture.Teams(), CancellationToken.None);
    }
}

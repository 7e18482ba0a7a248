using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Auth;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Inbound;

/// <summary>
/// Signing keys come only from the configured OpenID metadata and the jwks_uri it names: a redirect on either is a
/// failed fetch (so the token is refused), never keys taken from the Location.
/// </summary>
public sealed class SigningKeyRedirectTests : IAsyncLifetime
{
    private const string MetadataPath = "channel/.well-known/openidconfiguration";

    private readonly TestKey _key = new("redirect-key", ["msteams"]);
    private Redirector _redirector = null!;

    public static TheoryData<int> Statuses => RedirectStatus.Statuses();

    public async Task InitializeAsync() => _redirector = await Redirector.StartAsync();

    public async Task DisposeAsync() => await _redirector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task MetadataIsNotFetchedFromARedirect(int status)
    {
        var result = await AuthenticateAsync(_redirector.Url(status, MetadataPath));

        Assert.False(result.Succeeded);
        Assert.Single(_redirector.Redirected);
        Assert.Empty(_redirector.ReachedTarget);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task KeysAreNotFetchedFromARedirect(int status)
    {
        await using var metadata = await LoopbackServer.StartAsync(app =>
            app.MapGet("/" + MetadataPath, () => Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = _redirector.Url(status, "keys") })));

        var result = await AuthenticateAsync($"{metadata.BaseUrl}/{MetadataPath}");

        Assert.False(result.Succeeded);
        Assert.Single(_redirector.Redirected);
        Assert.Empty(_redirector.ReachedTarget);
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

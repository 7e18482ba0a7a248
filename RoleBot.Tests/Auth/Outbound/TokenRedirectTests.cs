using Microsoft.Extensions.DependencyInjection;
using RoleBot.Auth.Outbound;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Outbound;

/// <summary>
/// The token endpoints (Entra ID client credentials, App Service managed identity) are asked once: a redirect is a
/// failed acquisition, and neither the client secret nor the identity header is ever sent to the Location.
/// </summary>
public sealed class TokenRedirectTests : RedirectingTests
{
    private readonly LogSink _logs = new();
    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task ClientCredentialsGrantIsNotRedirected(int status)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = TestTokens.AppPassword,
            ["ToChannelFromBotLoginUrlTemplate"] = Redirector.Url(status, "{0}"),
        };

        await AssertRefusedAsync(settings, status);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task ManagedIdentityRequestIsNotRedirected(int status)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppTenantId"] = TestTokens.TenantId,
            ["IDENTITY_ENDPOINT"] = Redirector.Url(status, "msi/token"),
            ["IDENTITY_HEADER"] = "identity-header-never-elsewhere",
        };

        await AssertRefusedAsync(settings, status);
    }

    private async Task AssertRefusedAsync(Dictionary<string, string?> settings, int status)
    {
        await using var services = AuthServices.Build(settings, _logs);

        var error = await Assert.ThrowsAsync<AccessTokenException>(() =>
            services.GetRequiredService<IAccessTokenProvider>().GetTokenAsync(CancellationToken.None));

        Assert.Contains($"failed with {status}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Redirector.LocationMarker, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Redirector.LocationMarker, _logs.All, StringComparison.Ordinal);
        Assert.Single(Redirector.Redirected);
        Assert.Empty(Redirector.ReachedTarget);
    }
}

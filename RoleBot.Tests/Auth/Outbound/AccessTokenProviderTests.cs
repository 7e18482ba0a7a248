using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleBot.Auth;
using RoleBot.Auth.Outbound;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Outbound;

public sealed class AccessTokenProviderTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero)) { TimersFireAtOnce = true };
    private readonly List<ServiceProvider> _built = [];
    private TokenEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await TokenEndpoint.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var services in _built)
        {
            await services.DisposeAsync();
        }

        await _endpoint.DisposeAsync();
    }

    internal static Dictionary<string, string?> Settings(TokenEndpoint endpoint, string appType = "MultiTenant") => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = TestTokens.AppPassword,
        ["MicrosoftAppTenantId"] = TestTokens.TenantId,
        ["ToChannelFromBotLoginUrlTemplate"] = endpoint.LoginUrlTemplate,
    };

    [Fact]
    public async Task MultiTenantRequestsClientCredentialsTokenFromBotFrameworkTenant()
    {
        var token = await Provider(Settings(_endpoint)).GetTokenAsync(CancellationToken.None);

        Assert.Equal(TokenEndpoint.TokenNumber(1), token);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal("botframework.com", request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(TestTokens.AppId, request.Form["client_id"]);
        Assert.Equal(TestTokens.AppPassword, request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task SingleTenantRequestsTokenFromConfiguredTenant()
    {
        await Provider(Settings(_endpoint, "SingleTenant")).GetTokenAsync(CancellationToken.None);

        Assert.Equal(TestTokens.TenantId, Assert.Single(_endpoint.Requests).Tenant);
    }

    [Theory]
    [InlineData("SingleTenant", "MicrosoftAppTenantId", "requires MicrosoftAppTenantId")]
    [InlineData("MultiTenant", "MicrosoftAppPassword", "requires MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "MicrosoftAppTenantId", "requires MicrosoftAppTenantId")]
    public void RejectsIncompleteCredentials(string appType, string missingKey, string message)
    {
        var settings = Settings(_endpoint, appType);
        settings[missingKey] = "";
        using var services = AuthServices.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsUnknownAppType()
    {
        using var services = AuthServices.Build(Settings(_endpoint, "Certificate"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);

        Assert.Contains("'Certificate' is not one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachesTheToken()
    {
        var provider = Provider(Settings(_endpoint));

        var tokens = new[] { await provider.GetTokenAsync(default), await provider.GetTokenAsync(default), await provider.GetTokenAsync(default) };

        Assert.All(tokens, t => Assert.Equal(TokenEndpoint.TokenNumber(1), t));
        Assert.Single(_endpoint.Requests);
    }

    [Fact]
    public async Task RenewsTheTokenFiveMinutesBeforeExpiry()
    {
        var provider = Provider(Settings(_endpoint));
        await provider.GetTokenAsync(default);

        _time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(default);
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await provider.GetTokenAsync(default);

        Assert.Equal(TokenEndpoint.TokenNumber(1), stillCached);
        Assert.Equal(TokenEndpoint.TokenNumber(2), renewed);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneAcquisition()
    {
        var provider = Provider(Settings(_endpoint));
        var hold = _endpoint.Hold();

        // Every call is made while the endpoint holds the first request, so all ten find no token: they overlap for sure.
        var pending = Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync(default)).ToList();
        await _endpoint.WaitForRequestsAsync(1);
        hold.SetResult();
        var tokens = await Task.WhenAll(pending);

        Assert.All(tokens, t => Assert.Equal(TokenEndpoint.TokenNumber(1), t));
        Assert.Single(_endpoint.Requests);
    }

    [Fact]
    public async Task ConcurrentRefreshesOfTheSameRejectedTokenShareOneAcquisition()
    {
        var provider = Provider(Settings(_endpoint));
        var rejected = await provider.GetTokenAsync(default);
        var hold = _endpoint.Hold();

        var pending = Enumerable.Range(0, 5).Select(_ => provider.RefreshAsync(rejected, default)).ToList();
        await _endpoint.WaitForRequestsAsync(2);
        hold.SetResult();
        var renewed = await Task.WhenAll(pending);

        Assert.All(renewed, t => Assert.Equal(TokenEndpoint.TokenNumber(2), t));
        Assert.Equal(2, _endpoint.Requests.Count);
    }

    [Fact]
    public async Task TokenEndpointErrorNamesTheCauseWithoutTheSecret()
    {
        _endpoint.FailWithStatus = 401;
        var logs = new LogSink();

        var error = await Assert.ThrowsAsync<AccessTokenException>(() => Provider(Settings(_endpoint), logs).GetTokenAsync(default));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestTokens.AppPassword, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestTokens.AppPassword, logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAssignedManagedIdentityUsesTheAppServiceIdentityEndpoint()
    {
        var settings = Settings(_endpoint, "UserAssignedMSI");
        settings.Remove("MicrosoftAppPassword");
        settings["IDENTITY_ENDPOINT"] = _endpoint.IdentityEndpoint;
        settings["IDENTITY_HEADER"] = "identity-header-secret";
        var logs = new LogSink();

        var token = await Provider(settings, logs).GetTokenAsync(default);

        Assert.Equal(TokenEndpoint.TokenNumber(1), token);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal("identity-header-secret", request.IdentityHeader);
        Assert.Contains("resource=https%3A%2F%2Fapi.botframework.com", request.Query, StringComparison.Ordinal);
        Assert.Contains($"client_id={TestTokens.AppId}", request.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("identity-header-secret", logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAssignedManagedIdentityOutsideAzureFailsWithAClearMessage()
    {
        var settings = Settings(_endpoint, "UserAssignedMSI");
        settings.Remove("MicrosoftAppPassword");

        var error = await Assert.ThrowsAsync<AccessTokenException>(() => Provider(settings).GetTokenAsync(default));

        Assert.Contains("IDENTITY_ENDPOINT and IDENTITY_HEADER are not set", error.Message, StringComparison.Ordinal);
        Assert.Empty(_endpoint.Requests);
    }

    private IAccessTokenProvider Provider(Dictionary<string, string?> settings, LogSink? logs = null)
    {
        var services = AuthServices.Build(settings, logs, _time);
        _built.Add(services);
        return services.GetRequiredService<IAccessTokenProvider>();
    }
}

using Microsoft.Extensions.DependencyInjection;
using RoleBot.Auth;
using RoleBot.Auth.Inbound;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Inbound;

/// <summary>Each test owns its key server so JWKS request counts are exact.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private KeyServer _keys = null!;
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero)) { TimersFireAtOnce = true };
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _keys = await KeyServer.StartAsync();
        _services = AuthServices.Build(AuthServices.InboundSettings(_keys), time: _time);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _keys.DisposeAsync();
    }

    [Fact]
    public async Task CachesKeysAcrossRequests()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await AuthenticateAsync(_keys.ChannelKey)).Succeeded);
        }

        Assert.Equal(1, _keys.ChannelJwksRequests);
    }

    [Fact]
    public async Task RefetchesKeysWhenTheCacheLifetimeEnds()
    {
        await AuthenticateAsync(_keys.ChannelKey);
        _time.Advance(TimeSpan.FromHours(23));
        await AuthenticateAsync(_keys.ChannelKey);
        _time.Advance(TimeSpan.FromHours(1));
        await AuthenticateAsync(_keys.ChannelKey);

        Assert.Equal(2, _keys.ChannelJwksRequests);
    }

    [Fact]
    public async Task UnknownKidTriggersExactlyOneRefresh()
    {
        await AuthenticateAsync(_keys.ChannelKey);
        var stranger = new TestKey("stranger", ["msteams"]);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => AuthenticateAsync(stranger)));
        var again = await AuthenticateAsync(stranger);

        Assert.All(results, r => Assert.False(r.Succeeded));
        Assert.False(again.Succeeded);
        Assert.Equal(2, _keys.ChannelJwksRequests);
    }

    [Fact]
    public async Task UnknownKidRefreshesAgainOnlyAfterTheMinimumInterval()
    {
        await AuthenticateAsync(_keys.ChannelKey);
        var stranger = new TestKey("stranger", ["msteams"]);
        await AuthenticateAsync(stranger);
        _time.Advance(TimeSpan.FromMinutes(4));
        await AuthenticateAsync(stranger);
        _time.Advance(TimeSpan.FromMinutes(1));
        await AuthenticateAsync(stranger);

        Assert.Equal(3, _keys.ChannelJwksRequests);
    }

    [Fact]
    public async Task AcceptsKeyPublishedAfterTheCacheWasFilled()
    {
        await AuthenticateAsync(_keys.ChannelKey);
        var rolled = new TestKey("rolled-over", ["msteams"]);
        _keys.AddChannelKey(rolled);

        var result = await AuthenticateAsync(rolled);

        Assert.True(result.Succeeded, result.Failure);
    }

    private Task<AuthenticationResult> AuthenticateAsync(TestKey key)
    {
        // Tokens are checked against this test's manual clock, which starts in 2026.
        var now = _time.GetUtcNow().UtcDateTime;
        var token = TestTokens.Sign(key.SecurityKey, TestTokens.ChannelClaims(), notBefore: now.AddMinutes(-1), expires: now.AddDays(2));
        return _services.GetRequiredService<IRequestAuthenticator>()
            .AuthenticateAsync($"Bearer {token}", KeyServerFixture.Teams(), CancellationToken.None);
    }
}

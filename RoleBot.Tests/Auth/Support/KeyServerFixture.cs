using Microsoft.Extensions.DependencyInjection;
using RoleBot.Auth;
using RoleBot.Auth.Inbound;
using RoleBot.Protocol;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Support;

/// <summary>One key server per test class; each authentication uses fresh services so caches do not leak between tests.</summary>
public sealed class KeyServerFixture : IAsyncLifetime
{
    internal KeyServer Keys { get; private set; } = null!;

    public async Task InitializeAsync() => Keys = await KeyServer.StartAsync();

    public async Task DisposeAsync() => await Keys.DisposeAsync();

    internal async Task<AuthenticationResult> AuthenticateAsync(string? header, Activity? activity = null, LogSink? logs = null,
        Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = AuthServices.InboundSettings(Keys);
        configure?.Invoke(settings);
        await using var services = AuthServices.Build(settings, logs);
        return await services.GetRequiredService<IRequestAuthenticator>()
            .AuthenticateAsync(header, activity ?? Teams(), CancellationToken.None);
    }

    internal static Activity Teams(string serviceUrl = TestTokens.ServiceUrl, string channelId = "msteams") =>
        new() { Type = "message", ChannelId = channelId, ServiceUrl = serviceUrl, Text = "who is higher, GM or VP?" };
}

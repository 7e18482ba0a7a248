using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Auth;
using RoleBot.Protocol;
using RoleBot.Protocol.Connector;
using RoleBot.Tests.Auth.Outbound;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Connector;

/// <summary>
/// The Connector client as the app registers it never follows a redirect: a 3xx is a failed delivery, logged with
/// status and host only, not retried, and nothing reaches the Location.
/// </summary>
public sealed class ConnectorRedirectTests : RedirectingTests
{
    private readonly LogSink _logs = new();
    private TokenEndpoint _tokens = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _tokens = await TokenEndpoint.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await _tokens.DisposeAsync();
        await base.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task AnonymousReplyToARedirectingServiceUrlFailsWithoutFollowing(int status)
    {
        await using var services = Build(new Dictionary<string, string?>(), withAuth: false);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(services, status, attachToken: false));

        AssertRefused(status, error);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task AuthenticatedReplyToARedirectingServiceUrlFailsWithoutFollowingOrRetrying(int status)
    {
        await using var services = Build(AccessTokenProviderTests.Settings(_tokens), withAuth: true);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(services, status, attachToken: true));

        AssertRefused(status, error);
        Assert.Single(_tokens.Requests);
    }

    private void AssertRefused(int status, ConnectorException error)
    {
        Assert.Equal(status, error.StatusCode);
        Assert.Single(Redirector.Redirected);
        Assert.Empty(Redirector.ReachedTarget);
        var line = Assert.Single(_logs.Entries, e => e.Category == typeof(ConnectorClient).FullName);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains($"{status} from 127.0.0.1", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Redirector.LocationMarker, _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Redirector.TargetBaseUrl, _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Redirector.LocationMarker, error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, bool withAuth)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddRoleBotProtocol(configuration);
        if (withAuth)
        {
            services.AddRoleBotAuth(configuration);
        }

        return services.BuildServiceProvider();
    }

    private Task<string?> SendAsync(ServiceProvider services, int status, bool attachToken) =>
        services.GetRequiredService<IConnectorClient>().SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "the reply",
            ServiceUrl = Redirector.Url(status),
            Conversation = new ConversationAccount { Id = "a:conv" },
        }, attachToken, departure: null, CancellationToken.None);
}

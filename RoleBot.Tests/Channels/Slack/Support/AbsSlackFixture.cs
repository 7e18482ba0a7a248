using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Support;

/// <summary>
/// The real app (bot, dialogs, knowledge base) receiving Azure Bot Service Slack activities on /api/messages and
/// replying to a loopback fake Connector, with every log line captured. Connector failures are not retried, so a
/// failing turn (conversation ids containing "status-500") finishes at once.
/// </summary>
public sealed class AbsSlackFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program> _app = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public LogSink Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public string ServiceUrl => Connector.BaseUrl + "/";

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("RoleBot:Auth:ConnectorMaxRetries", "0")
            .ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs))
            // Every level of every category, whatever appsettings.json filters: a leak at Debug is still a leak.
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddFilter<LogSink>(null, LogLevel.Trace)));
        Client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await Connector.DisposeAsync();
    }

    public async Task PostAsync(JsonObject activity)
    {
        using var response = await Client.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sends a final "help" and returns the replies the conversation's earlier turns posted, once all have finished.</summary>
    public async Task<IReadOnlyList<JsonElement>> SettleAsync(string channel)
    {
        var marker = AbsSlackActivities.Message("help", ServiceUrl, channel);
        var markerId = (string)marker["id"]!;
        await PostAsync(marker);
        return [.. (await Connector.SettledAsync(AbsSlackActivities.ConversationId(marker), markerId)).Select(r => r.Json)];
    }
}

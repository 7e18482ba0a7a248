using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Support;

/// <summary>
/// The real app (bot, dialogs, knowledge base) receiving Azure Bot Service Slack activities on /api/messages and
/// replying to a loopback fake Connector, with every log line captured. Connector failures are not retried, so a
/// failing turn (conversation ids containing "status-500") finishes at once.
/// </summary>
public sealed class AbsSlackFixture : IAsyncLifetime
{
    private readonly RoleBotAppFactory _app = new(new RoleBotAppOptions
    {
        Settings = new Dictionary<string, string?> { ["RoleBot:Auth:ConnectorMaxRetries"] = "0" },
        LogEverything = true,
    });

    public FakeConnector Connector { get; private set; } = null!;

    public LogSink Logs => _app.Logs;

    public HttpClient Client { get; private set; } = null!;

    public string ServiceUrl => Connector.BaseUrl + "/";

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
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

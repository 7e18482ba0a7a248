using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams.Support;

/// <summary>
/// The real app (real bot, dialogs, knowledge base) on the test server, replying to a loopback fake Connector.
/// Invokes are answered in the HTTP response; messages reach the Connector, where tests wait for them.
/// </summary>
public sealed class TeamsFixture : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;

    public RoleBotAppFactory App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public string ServiceUrl => Connector.BaseUrl + "/";

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Sends a final "help" and returns what the conversation's earlier turns sent, once all have finished.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> SettleAsync(string scope, string conversationId)
    {
        var marker = TeamsPayloads.Message("help", scope, conversationId, ServiceUrl);
        var markerId = (string)marker["id"]!;
        await Client.PostActivityAsync(marker);
        return await Connector.SettledAsync(conversationId, markerId);
    }

    /// <summary>Waits until the conversation's saved state satisfies <paramref name="saved"/> (the turn that sets it has finished).</summary>
    public async Task WaitForStateAsync(string conversationId, Func<ConversationData, bool> saved)
    {
        var store = App.Services.GetRequiredService<IConversationStateStore>();
        using var timeout = new CancellationTokenSource(TestTimeouts.Generous);
        while (!saved(await store.LoadAsync($"msteams/{conversationId}", timeout.Token)))
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}

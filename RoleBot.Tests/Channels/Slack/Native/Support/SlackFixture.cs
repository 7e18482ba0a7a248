using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>The configured app on the test server (or on Kestrel) and the fake Slack it posts to.</summary>
public sealed class SlackFixture : IAsyncLifetime
{
    /// <summary>Host settings on top of the configured Slack app's.</summary>
    public IDictionary<string, string>? Settings { get; init; }

    /// <summary>Real sockets instead of the in-memory test server.</summary>
    public bool OverKestrel { get; init; }

    public FakeSlack Slack { get; private set; } = null!;

    public RoleBotAppFactory App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        App = new RoleBotAppFactory(SlackApp.With(Slack.ApiBaseUrl, settings: Settings, kestrel: OverKestrel));
        Client = App.Start();
    }

    public async Task DisposeAsync()
    {
        // A post the fake still holds would keep the app's worker, and so its shutdown, waiting.
        Slack.Release();
        Client.Dispose();
        await App.DisposeAsync();
        await Slack.DisposeAsync();
    }

    /// <summary>
    /// The queue is first in, first out: once a DM posted now is answered, everything sent before it has been handled.
    /// </summary>
    public async Task SettleAsync()
    {
        var dm = SlackRequests.NewDirectChannel();
        using var response = await Client.SendAsync(SlackRequests.Event(SlackRequests.DirectMessage("help", dm)));
        await Slack.WaitForMessageAsync(dm);
    }

    public Task<ConversationData> StateAsync(string conversationId) =>
        App.Services.GetRequiredService<IConversationStateStore>().LoadAsync($"slack/{conversationId}", CancellationToken.None);
}

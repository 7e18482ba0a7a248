using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;
using RoleBot.Tests.Protocol.Support;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>The configured app on the test server and the fake Slack it posts to.</summary>
public sealed class SlackFixture : IAsyncLifetime
{
    public FakeSlack Slack { get; private set; } = null!;

    public SlackAppFactory App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        App = new SlackAppFactory(Slack.ApiBaseUrl);
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
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

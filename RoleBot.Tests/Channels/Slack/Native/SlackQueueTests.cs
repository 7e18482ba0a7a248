using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>
/// Events are acknowledged before they are answered, so the queue must keep its promises: a full queue answers 503
/// (and the retry is processed), and on shutdown every acknowledged event is still answered.
/// </summary>
public sealed class SlackQueueTests : IAsyncLifetime
{
    private readonly SlackFixture _fixture = new() { Settings = new Dictionary<string, string> { ["Slack:QueueCapacityPerPartition"] = "2" } };

    private FakeSlack Slack => _fixture.Slack;

    private HttpClient Client => _fixture.Client;

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task AnswersAFullQueueWith503AndProcessesSlacksRetry()
    {
        await BlockTheWorkerAsync();
        var (first, second, third) = (SlackRequests.NewChannel(), SlackRequests.NewChannel(), SlackRequests.NewChannel());
        var overflow = SlackRequests.AppMention("what does a COO do?", third);

        using var queued1 = await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", first)));
        using var queued2 = await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", second)));
        using var refused = await Client.SendAsync(SlackRequests.Event(overflow));
        Slack.Release();
        await Slack.WaitForMessageAsync(second);
        using var retried = await Client.SendAsync(SlackRequests.Event(overflow, retryNum: 1));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (queued1.StatusCode, queued2.StatusCode));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("Chief Operating Officer", (await Slack.WaitForMessageAsync(third)).Blocks);
    }

    [Fact]
    public async Task FinishesAcknowledgedEventsWhenTheHostStopsAndRefusesNewOnes()
    {
        await BlockTheWorkerAsync();
        var (queued, late) = (SlackRequests.NewChannel(), SlackRequests.NewChannel());
        using var accepted = await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("what comes after project manager?", queued)));

        // What the host does on shutdown: stop the worker, which must still finish the queue.
        var worker = _fixture.App.Services.GetServices<IHostedService>().OfType<SlackWorker>().Single();
        var stopping = worker.StopAsync(CancellationToken.None);
        using var refused = await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", late)));
        Slack.Release();
        await stopping.WaitAsync(TestTimeouts.Generous);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Single(Slack.Where(p => p.Channel == queued));
        Assert.Empty(Slack.Where(p => p.Channel == late));
    }

    /// <summary>The single worker loop waits on a post Slack holds, so what comes next stays queued.</summary>
    private async Task BlockTheWorkerAsync()
    {
        using var response = await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", SlackRequests.NewChannel("CHOLD"))));
        await Slack.HeldAsync();
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Protocol.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>
/// Events are acknowledged before they are answered, so the queue must keep its promises: a full queue answers 503
/// (and the retry is processed), and on shutdown every acknowledged event is still answered.
/// </summary>
public sealed class SlackQueueTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _app = new SlackAppFactory(_slack.ApiBaseUrl, settings: new Dictionary<string, string> { ["Slack:QueueCapacityPerPartition"] = "2" });
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _slack.Release();
        _client.Dispose();
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task AnswersAFullQueueWith503AndProcessesSlacksRetry()
    {
        await BlockTheWorkerAsync();
        var (first, second, third) = (SlackRequests.NewChannel(), SlackRequests.NewChannel(), SlackRequests.NewChannel());
        var overflow = SlackRequests.AppMention("what does a COO do?", third);

        using var queued1 = await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", first)));
        using var queued2 = await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", second)));
        using var refused = await _client.SendAsync(SlackRequests.Event(overflow));
        _slack.Release();
        await _slack.WaitForMessageAsync(second);
        using var retried = await _client.SendAsync(SlackRequests.Event(overflow, retryNum: 1));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (queued1.StatusCode, queued2.StatusCode));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("Chief Operating Officer", (await _slack.WaitForMessageAsync(third)).Blocks);
    }

    [Fact]
    public async Task FinishesAcknowledgedEventsWhenTheHostStopsAndRefusesNewOnes()
    {
        await BlockTheWorkerAsync();
        var (queued, late) = (SlackRequests.NewChannel(), SlackRequests.NewChannel());
        using var accepted = await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("what comes after project manager?", queued)));

        // What the host does on shutdown: stop the worker, which must still finish the queue.
        var worker = _app.Services.GetServices<IHostedService>().OfType<SlackWorker>().Single();
        var stopping = worker.StopAsync(CancellationToken.None);
        using var refused = await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", late)));
        _slack.Release();
        await stopping.WaitAsync(TestTimeouts.Generous);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Single(_slack.Where(p => p.Channel == queued));
        Assert.Empty(_slack.Where(p => p.Channel == late));
    }

    /// <summary>The single worker loop waits on a post Slack holds, so what comes next stays queued.</summary>
    private async Task BlockTheWorkerAsync()
    {
        using var response = await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", SlackRequests.NewChannel("CHOLD"))));
        await _slack.HeldAsync();
    }
}

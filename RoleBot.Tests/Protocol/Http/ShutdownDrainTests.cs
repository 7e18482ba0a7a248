using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoleBot.Protocol.Queue;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

public class ShutdownDrainTests
{
    private static RoleBotAppOptions OnePartition => new()
    {
        EchoBot = true,
        Settings = new Dictionary<string, string?>
        {
            ["RoleBot:Protocol:QueuePartitions"] = "1",
        },
    };

    [Fact]
    public async Task AcknowledgedTurnsAreFinishedWhenTheHostStopsAndNewOnesAreRefused()
    {
        await using var factory = new RoleBotAppFactory(OnePartition);
        var client = factory.CreateClient();

        // The worker holds "block", so the next two wait in the queue, already acknowledged with 200.
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(ActivityBodies.Message("block"))).StatusCode);
        await factory.Recorder.WaitForAsync(a => a.Text == "block");
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(ActivityBodies.Message("queued-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(ActivityBodies.Message("queued-2"))).StatusCode);

        // What the host does on shutdown: stop the worker, which must still finish the queue.
        var worker = factory.Services.GetServices<IHostedService>().OfType<TurnWorker>().Single();
        var stopping = worker.StopAsync(CancellationToken.None);
        using var refused = await client.PostActivityAsync(ActivityBodies.Message("too-late"));
        factory.Gate.Open();
        await stopping.WaitAsync(TestTimeouts.Generous);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(1, factory.Recorder.CountWhere(a => a.Text == "queued-2"));
        Assert.Equal(0, factory.Recorder.CountWhere(a => a.Text == "too-late"));
    }
}

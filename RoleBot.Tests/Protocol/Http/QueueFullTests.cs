using System.Net;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

public class QueueFullTests(QueueFullTests.TinyQueueFactory factory) : IClassFixture<QueueFullTests.TinyQueueFactory>
{
    public sealed class TinyQueueFactory() : RoleBotAppFactory(new RoleBotAppOptions
    {
        EchoBot = true,
        Settings = new Dictionary<string, string?>
        {
            ["RoleBot:Protocol:QueuePartitions"] = "1",
            ["RoleBot:Protocol:QueueCapacityPerPartition"] = "1",
        },
    });

    [Fact]
    public async Task FullQueueAnswers503WithRetryAfterAndAcceptsTheRetryLater()
    {
        var client = factory.CreateClient();
        var blocking = ActivityBodies.Message("block");
        var waiting = ActivityBodies.Message("waiting");
        var overflow = ActivityBodies.Message("overflow");

        // The worker takes "block" and holds it, so "waiting" fills the only slot.
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(blocking)).StatusCode);
        await factory.Recorder.WaitForAsync(a => a.Text == "block");
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(waiting)).StatusCode);
        using var rejected = await client.PostActivityAsync(overflow);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, rejected.StatusCode);
        Assert.NotNull(rejected.Headers.RetryAfter);

        factory.Gate.Open();
        await factory.Recorder.WaitForAsync(a => a.Text == "waiting");
        using var retried = await client.PostActivityAsync(overflow);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await factory.Recorder.WaitForAsync(a => a.Text == "overflow");
    }
}

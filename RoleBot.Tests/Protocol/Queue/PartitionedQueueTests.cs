using RoleBot.Protocol.Queue;

namespace RoleBot.Tests.Protocol.Queue;

public class PartitionedQueueTests
{
    private static PartitionedQueue<string> Queue(int partitions, int capacity) => new(partitions, capacity, item => item.Split(':')[0]);

    [Fact]
    public async Task KeepsOneKeysItemsInOnePartitionInArrivalOrder()
    {
        var queue = Queue(partitions: 4, capacity: 8);

        Assert.True(queue.TryEnqueue("a:1"));
        Assert.True(queue.TryEnqueue("b:1"));
        Assert.True(queue.TryEnqueue("a:2"));
        queue.Complete();

        var drained = await queue.Reader(queue.PartitionOf("a")).ReadAllAsync().ToListAsync();
        Assert.Equal(["a:1", "a:2"], drained.Where(item => item.StartsWith("a:", StringComparison.Ordinal)));
    }

    [Fact]
    public void RefusesAnItemWhenItsPartitionIsFull()
    {
        var queue = Queue(partitions: 1, capacity: 2);

        Assert.True(queue.TryEnqueue("a:1"));
        Assert.True(queue.TryEnqueue("b:1"));
        Assert.False(queue.TryEnqueue("c:1"));
    }

    [Fact]
    public async Task RefusesNewItemsOnceCompletedButKeepsThoseQueued()
    {
        var queue = Queue(partitions: 1, capacity: 4);
        queue.TryEnqueue("a:1");

        queue.Complete();

        Assert.False(queue.TryEnqueue("a:2"));
        Assert.Equal(["a:1"], await queue.Reader(0).ReadAllAsync().ToListAsync());
    }
}

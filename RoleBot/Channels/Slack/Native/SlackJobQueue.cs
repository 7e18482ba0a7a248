using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack.Native;

/// <summary>Work acknowledged to Slack and done afterwards; <paramref name="Key"/> is the conversation's state key.</summary>
public sealed record SlackJob(string Key, string Kind, Func<CancellationToken, Task> RunAsync);

/// <summary>
/// Bounded queues, one per worker loop, like the protocol's TurnQueue: a conversation always lands on the same
/// partition, so its turns run in arrival order while other conversations proceed in parallel.
/// </summary>
public sealed class SlackJobQueue
{
    private readonly Channel<SlackJob>[] _partitions;

    public SlackJobQueue(IOptions<SlackOptions> options)
    {
        var settings = options.Value;
        _partitions = [.. Enumerable.Range(0, settings.QueuePartitions).Select(_ => Channel.CreateBounded<SlackJob>(
            new BoundedChannelOptions(settings.QueueCapacityPerPartition) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];
    }

    public int PartitionCount => _partitions.Length;

    /// <summary>False when full or shutting down: the endpoint answers 503 and Slack retries.</summary>
    public bool TryEnqueue(SlackJob job) => _partitions[PartitionOf(job.Key)].Writer.TryWrite(job);

    public ChannelReader<SlackJob> Reader(int partition) => _partitions[partition].Reader;

    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    private int PartitionOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_partitions.Length);
}

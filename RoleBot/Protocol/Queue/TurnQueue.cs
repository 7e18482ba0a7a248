using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RoleBot.State;

namespace RoleBot.Protocol;

/// <summary>
/// Bounded queues, one per worker. A conversation always maps to the same partition, so its turns run one at a
/// time and in arrival order while different conversations proceed in parallel.
/// </summary>
public sealed class TurnQueue
{
    private readonly Channel<QueuedTurn>[] _partitions;

    public TurnQueue(IOptions<ProtocolOptions> options)
    {
        var settings = options.Value;
        _partitions = [.. Enumerable.Range(0, settings.QueuePartitions).Select(_ => Channel.CreateBounded<QueuedTurn>(
            new BoundedChannelOptions(settings.QueueCapacityPerPartition)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))];
    }

    public int PartitionCount => _partitions.Length;

    /// <summary>False when the partition is full: the caller answers 503 so the channel retries later.</summary>
    public bool TryEnqueue(QueuedTurn turn) => _partitions[PartitionOf(turn.Activity)].Writer.TryWrite(turn);

    public ChannelReader<QueuedTurn> Reader(int partition) => _partitions[partition].Reader;

    /// <summary>Accepts no more turns (the endpoint answers 503, so channels retry elsewhere) but keeps those queued.</summary>
    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    public int PartitionOf(Activity activity)
    {
        var hash = (uint)StringComparer.Ordinal.GetHashCode(StateKeys.For(activity));
        return (int)(hash % (uint)_partitions.Length);
    }
}

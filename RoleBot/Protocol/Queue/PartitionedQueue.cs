using System.Threading.Channels;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// Bounded queues, one per worker loop. Items with the same key (a conversation's state key) always map to the
/// same partition, so they run one at a time and in arrival order while other keys proceed in parallel.
/// </summary>
public class PartitionedQueue<T>
{
    private readonly Channel<T>[] _partitions;
    private readonly Func<T, string> _keyOf;

    public PartitionedQueue(int partitions, int capacityPerPartition, Func<T, string> keyOf)
    {
        _keyOf = keyOf;
        _partitions = [.. Enumerable.Range(0, partitions).Select(_ => Channel.CreateBounded<T>(
            new BoundedChannelOptions(capacityPerPartition)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))];
    }

    public int PartitionCount => _partitions.Length;

    /// <summary>False when the partition is full or the queue completed: the caller answers 503 so the channel retries later.</summary>
    public bool TryEnqueue(T item) => _partitions[PartitionOf(_keyOf(item))].Writer.TryWrite(item);

    public ChannelReader<T> Reader(int partition) => _partitions[partition].Reader;

    /// <summary>Accepts no more items but keeps those queued, so the workers can still finish them.</summary>
    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    public int PartitionOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_partitions.Length);
}

namespace RoleBot.Protocol.Queue;

/// <summary>
/// Drains a <see cref="PartitionedQueue{T}"/>, one loop per partition. Everything queued was already acknowledged
/// to the channel (which will not send it again), so on shutdown the queue stops accepting and the loops finish
/// what is in it; the host's shutdown timeout bounds how long that may take.
/// </summary>
public abstract class PartitionedWorker<T>(PartitionedQueue<T> queue) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(queue.Complete);
        return Task.WhenAll(Enumerable.Range(0, queue.PartitionCount).Select(DrainAsync));
    }

    /// <summary>Runs one item; not cancelled on shutdown, for the reason above.</summary>
    protected abstract Task RunAsync(T item, CancellationToken cancellationToken);

    /// <summary>An item threw; the loop goes on with the next one.</summary>
    protected abstract void Crashed(T item, Exception exception);

    private async Task DrainAsync(int partition)
    {
        await foreach (var item in queue.Reader(partition).ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await RunAsync(item, CancellationToken.None);
            }
            catch (Exception ex)
            {
                Crashed(item, ex);
            }
        }
    }
}

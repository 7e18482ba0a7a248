namespace RoleBot.Tests.Support;

/// <summary>Lets a test hold the bot inside a turn (to fill the queue) and release it later.</summary>
public sealed class TestGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WaitAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);

    public void Open() => _open.TrySetResult();
}

namespace RoleBot.State;

/// <summary>Whether this instance can reach the state it needs now: what /healthz/ready reports to a load balancer.</summary>
public interface IStateReadiness
{
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}

/// <summary>In-process state is always there.</summary>
public sealed class MemoryReadiness : IStateReadiness
{
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}

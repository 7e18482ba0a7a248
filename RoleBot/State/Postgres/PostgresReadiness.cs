namespace RoleBot.State.Postgres;

/// <summary>Ready when PostgreSQL answers a query (and the schema is in place), within the connect and command timeouts.</summary>
public sealed class PostgresReadiness(PostgresStateDatabase database) : IStateReadiness
{
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => database.IsReachableAsync(cancellationToken);
}

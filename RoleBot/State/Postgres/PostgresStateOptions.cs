namespace RoleBot.State.Postgres;

/// <summary>The PostgreSQL store's settings, bound from configuration section RoleBot:State next to the common ones.</summary>
public sealed class PostgresStateOptions
{
    /// <summary>Used only when ConnectionStrings:RoleBotState is not set (App Service puts connection strings there).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Lower-case identifier, optionally schema-qualified ("rolebot.conversation_state").</summary>
    public string Table { get; set; } = PostgresTableName.Default;

    /// <summary>How often idle rows are deleted; loads already ignore them, so this only reclaims space.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Retries after a transient failure (dropped pooled connection, failover, serialization failure).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// Longest one statement may run (Npgsql's Command Timeout, whole seconds, at least 1): a frozen or locked
    /// database fails the turn instead of holding it. Overrides any Command Timeout in the connection string.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = PostgresTimeouts.Default.Command;

    /// <summary>Longest opening a connection may take (Npgsql's Timeout); overrides the connection string's.</summary>
    public TimeSpan ConnectTimeout { get; set; } = PostgresTimeouts.Default.Connect;

    /// <summary>
    /// How long an acknowledged turn stays leased to its instance without renewal (renewed every third of it): after
    /// an instance dies, its unanswered turns are taken over within about this long.
    /// </summary>
    public TimeSpan QueueLease { get; set; } = TimeSpan.FromSeconds(30);
}

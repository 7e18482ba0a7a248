namespace RoleBot.State.Postgres;

/// <summary>The tables beside the conversation state table that let several instances act as one bot.</summary>
public sealed class PostgresSharedTables(PostgresTableName state)
{
    public PostgresTableName State { get; } = state;

    /// <summary>One row per applied migration.</summary>
    public PostgresTableName Versions { get; } = state.Sibling("schema_version");

    /// <summary>Short-lived keys: de-duplication ids, Slack share answers.</summary>
    public PostgresTableName Keys { get; } = state.Sibling("keys");

    public PostgresTableName DirectLineConversations { get; } = state.Sibling("dl_conversations");

    public PostgresTableName DirectLineActivities { get; } = state.Sibling("dl_activities");

    /// <summary>Acknowledged turns not yet answered, leased to the instance running them.</summary>
    public PostgresTableName Queue { get; } = state.Sibling("queue");
}

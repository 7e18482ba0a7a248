namespace RoleBot.State.Postgres;

/// <summary>
/// The NOTIFY channel that tells every instance a Direct Line conversation has new activities; the payload is the
/// conversation id. Named after the state table, so deployments (and tests) sharing a database stay apart.
/// </summary>
public static class PostgresWakeChannel
{
    public static string For(PostgresSharedTables tables) => tables.State.Sibling("dl_wake").Table;
}

namespace RoleBot.State.Postgres;

/// <summary>
/// Every schema change, oldest first. Never edit a released step: add the next one. Names come from
/// <see cref="PostgresTableName"/> (validated), so interpolating them is safe; no value is ever interpolated.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<PostgresMigration> For(PostgresSharedTables t, PostgresStateSql state) =>
    [
        // IF NOT EXISTS: a table from before versioning (or made by hand from the documented DDL) is adopted.
        new(1, "conversation state", state.CreateTable),
        new(2, "shared short-lived keys", $"""
            CREATE TABLE {t.Keys.Quoted} (scope text NOT NULL, key text NOT NULL, value bytea, expires_at timestamptz NOT NULL, PRIMARY KEY (scope, key));
            CREATE INDEX "{t.Keys.Table}_exp_idx" ON {t.Keys.Quoted} (expires_at);
            """),
        new(3, "direct line conversations", $"""
            CREATE TABLE {t.DirectLineConversations.Quoted} (
                id text PRIMARY KEY, user_id text NOT NULL, user_name text, started boolean NOT NULL DEFAULT false,
                latest bigint NOT NULL DEFAULT 0, last_used timestamptz NOT NULL,
                posts_start timestamptz, posts_count int NOT NULL DEFAULT 0, polls_start timestamptz, polls_count int NOT NULL DEFAULT 0);
            CREATE INDEX "{t.DirectLineConversations.Table}_used_idx" ON {t.DirectLineConversations.Quoted} (last_used);
            CREATE TABLE {t.DirectLineActivities.Quoted} (
                conversation_id text NOT NULL REFERENCES {t.DirectLineConversations.Quoted} (id) ON DELETE CASCADE,
                sequence bigint NOT NULL, activity jsonb NOT NULL, bytes int NOT NULL, PRIMARY KEY (conversation_id, sequence));
            """),
        new(4, "durable turn queue", $"""
            CREATE TABLE {t.Queue.Quoted} (
                id bigserial PRIMARY KEY, conversation_key text NOT NULL, payload text NOT NULL, enqueued_at timestamptz NOT NULL,
                lease_owner text NOT NULL, lease_until timestamptz NOT NULL, attempts int NOT NULL DEFAULT 1);
            CREATE INDEX "{t.Queue.Table}_lease_idx" ON {t.Queue.Quoted} (lease_until);
            """),
        // A turn's replies, committed with its state before they are sent, so a taker-over sends them instead of re-running it.
        new(5, "journaled replies", $"ALTER TABLE {t.Queue.Quoted} ADD COLUMN replies jsonb;"),
    ];
}

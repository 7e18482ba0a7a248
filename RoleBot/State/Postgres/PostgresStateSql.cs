namespace RoleBot.State.Postgres;

/// <summary>Every statement the store runs, built once per table name (validated, so safe to interpolate).</summary>
internal sealed class PostgresStateSql(PostgresTableName table)
{
    private readonly string _t = table.Quoted;

    // The ALTER upgrades a table created by hand from the documented three-column DDL.
    public string CreateTable => $"""
        CREATE TABLE IF NOT EXISTS {_t} (key text PRIMARY KEY, data jsonb NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 1);
        ALTER TABLE {_t} ADD COLUMN IF NOT EXISTS version bigint NOT NULL DEFAULT 1;
        CREATE INDEX IF NOT EXISTS "{table.IndexName}" ON {_t} (updated_at);
        """;

    public string Load => $"SELECT data::text, version, updated_at > @cutoff FROM {_t} WHERE key = @key";

    public string Save => $"""
        INSERT INTO {_t} AS s (key, data, updated_at, version) VALUES (@key, @data, @now, 1)
        ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at, version = s.version + 1
        RETURNING version
        """;

    public string Delete => $"DELETE FROM {_t} WHERE key = @key";

    public string Purge => $"DELETE FROM {_t} WHERE updated_at <= @cutoff";
}

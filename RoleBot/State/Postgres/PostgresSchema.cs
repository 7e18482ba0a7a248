using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>
/// Brings the schema to the newest version on first use. Instances starting together queue on one advisory lock
/// (held for the transaction), so each migration runs exactly once; DDL is transactional, so a failed step leaves
/// the previous version intact. When the version table already says "newest", no lock is taken at all.
/// </summary>
internal static class PostgresSchema
{
    public static async Task<int> EnsureAsync(NpgsqlConnection connection, PostgresSharedTables tables, IReadOnlyList<PostgresMigration> migrations, CancellationToken cancellationToken)
    {
        var newest = migrations[^1].Version;
        if (await CurrentVersionAsync(connection, tables, null, cancellationToken) >= newest)
        {
            return 0;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, cancellationToken, "SELECT pg_advisory_xact_lock(hashtext('rolebot-schema:' || @table))", ("table", tables.State.Quoted));
        await ExecuteAsync(connection, transaction, cancellationToken,
            $"CREATE TABLE IF NOT EXISTS {tables.Versions.Quoted} (version int PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        var current = await CurrentVersionAsync(connection, tables, transaction, cancellationToken);
        var applied = 0;
        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, transaction, cancellationToken, migration.Sql);
            await ExecuteAsync(connection, transaction, cancellationToken, $"INSERT INTO {tables.Versions.Quoted} (version, description) VALUES (@version, @description)",
                ("version", migration.Version), ("description", migration.Description));
            applied++;
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    /// <summary>0 when nothing was ever applied (no version table yet).</summary>
    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, PostgresSharedTables tables, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@versions) IS NOT NULL", connection, transaction))
        {
            exists.Parameters.AddWithValue("versions", tables.Versions.Quoted);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        await using var max = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {tables.Versions.Quoted}", connection, transaction);
        return (int)(await max.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>Creates (or upgrades) the state table, skipping all DDL, and so its table locks, when it is already in shape.</summary>
internal static class PostgresSchema
{
    public static async Task EnsureAsync(NpgsqlConnection connection, PostgresStateSql sql, PostgresTableName table, CancellationToken cancellationToken)
    {
        if (await IsReadyAsync(connection, sql, table, cancellationToken))
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand(sql.LockSchema, connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("table", table.Quoted);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var create = new NpgsqlCommand(sql.CreateTable, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> IsReadyAsync(NpgsqlConnection connection, PostgresStateSql sql, PostgresTableName table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql.IsReady, connection);
        command.Parameters.AddWithValue("table", table.Quoted);
        command.Parameters.AddWithValue("index", table.QuotedIndex);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}

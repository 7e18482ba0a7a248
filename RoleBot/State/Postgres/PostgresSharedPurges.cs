using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>Expired shared keys: de-duplication ids past their window, share answers nobody clicked.</summary>
public sealed class PostgresKeysPurge(PostgresStateDatabase database, TimeProvider time) : IPostgresPurge
{
    public string What => "expired shared key(s)";

    public Task<int> PurgeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        PostgresSharedKeys.PurgeAsync(connection, transaction, database.Tables, time.GetUtcNow(), cancellationToken);
}

/// <summary>Journaled turns that were taken over too often without an answer: something in them keeps failing.</summary>
public sealed class PostgresJournalPurge(PostgresStateDatabase database) : IPostgresPurge
{
    public string What => "unanswerable journaled turn(s)";

    public async Task<int> PurgeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {database.Tables.Queue.Quoted} WHERE attempts >= {PostgresTurnJournal.MaxAttempts} AND lease_until < clock_timestamp()", connection, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Npgsql;
using NpgsqlTypes;

namespace RoleBot.Insights.Storage;

/// <summary>The shared PostgreSQL database of the conversation state, so every instance records to the same place.</summary>
public sealed class PostgresGapStore(NpgsqlDataSource dataSource) : IGapStore, IAsyncDisposable
{
    private const string Schema =
        $"CREATE TABLE IF NOT EXISTS {GapColumns.Table} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL, " +
        $"reason text NOT NULL, question text, unknown_titles text, channel text NOT NULL, answer text, organisation text); " +
        $"CREATE INDEX IF NOT EXISTS {GapColumns.Table}_at ON {GapColumns.Table} (at);";

    private volatile bool _created;

    public static PostgresGapStore Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "RoleBot insights";
        builder.ConnectionStringBuilder.PersistSecurityInfo = false;
        return new PostgresGapStore(builder.Build());
    }

    public string Describe() => $"PostgreSQL table {GapColumns.Table}";

    public async Task AddAsync(IReadOnlyList<KnowledgeGap> gaps, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var batch = dataSource.CreateBatch();
        foreach (var gap in gaps)
        {
            var insert = new NpgsqlBatchCommand(PositionalInsert);
            insert.Parameters.Add(new NpgsqlParameter { Value = gap.At.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new NpgsqlParameter { Value = gap.Reason.Tag() });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)gap.Question ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = GapColumns.JoinTitles(gap.UnknownTitles) });
            insert.Parameters.Add(new NpgsqlParameter { Value = gap.Channel });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)gap.Answer ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)gap.Organisation ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            batch.BatchCommands.Add(insert);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var delete = dataSource.CreateCommand($"DELETE FROM {GapColumns.Table} WHERE at < $1");
        delete.Parameters.Add(new NpgsqlParameter { Value = cutoff.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeGap>> ReadAsync(DateTimeOffset since, string? organisation, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var select = dataSource.CreateCommand(
            $"SELECT at, reason, question, unknown_titles, channel, answer, organisation FROM {GapColumns.Table} WHERE at >= $1 AND ($2::text IS NULL OR organisation = $2) ORDER BY at");
        select.Parameters.Add(new NpgsqlParameter { Value = since.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        select.Parameters.Add(new NpgsqlParameter { Value = (object?)organisation ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var gaps = new List<KnowledgeGap>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            gaps.Add(new KnowledgeGap(
                new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero),
                GapReasonNames.Parse(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                GapColumns.SplitTitles(reader.IsDBNull(3) ? null : reader.GetString(3)),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return gaps;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private const string PositionalInsert =
        $"INSERT INTO {GapColumns.Table} (at, reason, question, unknown_titles, channel, answer, organisation) VALUES ($1, $2, $3, $4, $5, $6, $7)";

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await using var create = dataSource.CreateCommand(Schema);
        await create.ExecuteNonQueryAsync(cancellationToken);
        _created = true;
    }
}

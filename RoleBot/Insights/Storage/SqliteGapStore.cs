using Microsoft.Data.Sqlite;

namespace RoleBot.Insights.Storage;

/// <summary>An embedded SQLite file: nothing to install, and readable by the gaps command while the bot is stopped.</summary>
public sealed class SqliteGapStore(string path) : IGapStore
{
    private const string Schema =
        $"CREATE TABLE IF NOT EXISTS {GapColumns.Table} (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, reason TEXT NOT NULL, question TEXT, " +
        $"unknown_titles TEXT, channel TEXT NOT NULL, answer TEXT, organisation TEXT); " +
        $"CREATE INDEX IF NOT EXISTS {GapColumns.Table}_at ON {GapColumns.Table} (at);";

    // Pooling off: the file is released as soon as a write is done, so a stopped bot leaves nothing open.
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    public string Path { get; } = path;

    public string Describe() => $"SQLite {Path}";

    public bool Exists => File.Exists(Path);

    public async Task AddAsync(IReadOnlyList<KnowledgeGap> gaps, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var gap in gaps)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = GapColumns.Insert;
            insert.Parameters.AddWithValue("@at", gap.At.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("@reason", gap.Reason.Tag());
            insert.Parameters.AddWithValue("@question", (object?)gap.Question ?? DBNull.Value);
            insert.Parameters.AddWithValue("@titles", GapColumns.JoinTitles(gap.UnknownTitles));
            insert.Parameters.AddWithValue("@channel", gap.Channel);
            insert.Parameters.AddWithValue("@answer", (object?)gap.Answer ?? DBNull.Value);
            insert.Parameters.AddWithValue("@organisation", (object?)gap.Organisation ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.CommandText = GapColumns.Delete;
        delete.Parameters.AddWithValue("@cutoff", cutoff.ToUnixTimeMilliseconds());
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeGap>> ReadAsync(DateTimeOffset since, string? organisation, CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = GapColumns.Select;
        select.Parameters.AddWithValue("@since", since.ToUnixTimeMilliseconds());
        select.Parameters.AddWithValue("@organisation", (object?)organisation ?? DBNull.Value);
        var gaps = new List<KnowledgeGap>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            gaps.Add(new KnowledgeGap(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                GapReasonNames.Parse(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                GapColumns.SplitTitles(reader.IsDBNull(3) ? null : reader.GetString(3)),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return gaps;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var schema = connection.CreateCommand();
        schema.CommandText = Schema;
        await schema.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}

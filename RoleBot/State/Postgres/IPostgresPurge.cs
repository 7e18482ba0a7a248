using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>One kind of expired row that housekeeping deletes, inside its transaction (so on one instance at a time).</summary>
public interface IPostgresPurge
{
    /// <summary>What the rows are, for the log ("idle conversation(s)").</summary>
    string What { get; }

    Task<int> PurgeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}

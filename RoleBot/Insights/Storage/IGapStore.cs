namespace RoleBot.Insights.Storage;

/// <summary>Where knowledge gaps are kept: SQLite by default, PostgreSQL when the conversation state is there.</summary>
public interface IGapStore
{
    /// <summary>What the store is, for logs (never a connection string).</summary>
    string Describe();

    Task AddAsync(IReadOnlyList<KnowledgeGap> gaps, CancellationToken cancellationToken);

    /// <returns>How many records were deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    Task<IReadOnlyList<KnowledgeGap>> ReadAsync(DateTimeOffset since, string? organisation, CancellationToken cancellationToken);
}

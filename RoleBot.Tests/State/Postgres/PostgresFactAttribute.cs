namespace RoleBot.Tests.State.Postgres;

/// <summary>
/// A test against the real throwaway PostgreSQL server. Without PostgreSQL installed these tests FAIL (saying to
/// run .ci/setup.sh); ROLEBOT_SKIP_POSTGRES_TESTS=1 turns them into explicit skips instead.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string SkipVariable = "ROLEBOT_SKIP_POSTGRES_TESTS";

    public PostgresFactAttribute()
    {
        if (SkipRequested)
        {
            Skip = $"{SkipVariable}=1: PostgreSQL state tests skipped on request.";
        }
    }

    public static bool SkipRequested => Environment.GetEnvironmentVariable(SkipVariable) == "1";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}

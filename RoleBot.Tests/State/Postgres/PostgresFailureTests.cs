using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.State;
using RoleBot.State.Postgres;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFailureTests(PostgresCluster cluster)
{
    private readonly LogSink _logs = new();

    [PostgresFact]
    public async Task UnreachableServerGivesAClearErrorAfterRetriesAndLogsIt()
    {
        var unreachable = cluster.ConnectionStringFor(PostgresCluster.Database, port: LoopbackPorts.Free());
        await using var database = Open(unreachable);

        var error = await Assert.ThrowsAsync<ConversationStateUnavailableException>(() => StoreFor(database).LoadAsync("msteams/c1", default));

        Assert.StartsWith("Conversation state could not be loaded in PostgreSQL after 3 attempt(s)", error.Message);
        Assert.Contains(_logs.Lines, l => l.StartsWith("Error") && l.Contains("could not be loaded in PostgreSQL"));
        Assert.Equal(2, _logs.Lines.Count(l => l.StartsWith("Warning") && l.Contains("retrying")));
        AssertNoSecret(error, cluster.Password);
    }

    [PostgresFact]
    public async Task WrongPasswordFailsAtOnceWithoutRevealingAnyPassword()
    {
        const string WrongPassword = "wrong-secret-4711";
        await using var database = Open(cluster.ConnectionStringFor(PostgresCluster.Database, password: WrongPassword));

        var error = await Assert.ThrowsAsync<ConversationStateUnavailableException>(
            () => StoreFor(database).SaveAsync("k", new ConversationData(), default));

        Assert.Contains("after 1 attempt(s)", error.Message);
        Assert.Contains("28P01", error.Message); // invalid_password: not transient, so not retried
        AssertNoSecret(error, WrongPassword);
        AssertNoSecret(error, cluster.Password);
    }

    private PostgresStateDatabase Open(string connectionString) =>
        new(connectionString, PostgresTableName.Parse(PostgresCluster.NewTableName()), maxRetries: 2,
            LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)));

    private PostgresConversationStateStore StoreFor(PostgresStateDatabase database) =>
        new(database, Options.Create(new ConversationStateOptions()), TimeProvider.System,
            LoggerFactory.Create(b => b.AddProvider(_logs)).CreateLogger<PostgresConversationStateStore>());

    private void AssertNoSecret(Exception error, string secret)
    {
        Assert.DoesNotContain(secret, error.ToString());
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(secret));
    }
}

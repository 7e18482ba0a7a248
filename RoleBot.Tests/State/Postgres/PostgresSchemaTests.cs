using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.State;
using RoleBot.State.Postgres;

namespace RoleBot.Tests.State.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task CreatesTheTableWithItsIndexOnFirstUse()
    {
        var table = PostgresCluster.NewTableName();
        Assert.Null(await cluster.ScalarAsync<string>($"SELECT to_regclass('{table}')::text"));

        await using var database = cluster.OpenDatabase(table);
        await StoreFor(database).LoadAsync("k", default);

        Assert.Equal("data:jsonb,key:text,updated_at:timestamp with time zone,version:bigint", await ColumnsAsync(table));
        Assert.NotNull(await cluster.ScalarAsync<string>($"SELECT to_regclass('{table}_updated_at_idx')::text"));
        Assert.Equal("key", await cluster.ScalarAsync<string>(
            $"SELECT a.attname::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = '{table}'::regclass AND i.indisprimary"));
    }

    [PostgresFact]
    public async Task UpgradesATableCreatedByHandFromTheDocumentedDdl()
    {
        var table = PostgresCluster.NewTableName();
        await cluster.ScalarAsync<int>($"CREATE TABLE {table} (key text primary key, data jsonb not null, updated_at timestamptz not null)");
        await cluster.ScalarAsync<int>($"INSERT INTO {table} VALUES ('msteams/c1', '{{\"lastIntent\":\"compare\"}}', now())");

        await using var database = cluster.OpenDatabase(table);
        var store = StoreFor(database);
        var data = await store.LoadAsync("msteams/c1", default);
        data.LastIntent = "next";
        await store.SaveAsync("msteams/c1", data, default);

        Assert.Equal("next", (await store.LoadAsync("msteams/c1", default)).LastIntent);
        Assert.Equal(2L, await cluster.ScalarAsync<long>($"SELECT version FROM {table}"));
    }

    [PostgresFact]
    public async Task InstancesStartingTogetherAllCreateTheTableWithoutError()
    {
        var table = PostgresCluster.NewTableName();
        var databases = Enumerable.Range(0, 6).Select(_ => cluster.OpenDatabase(table)).ToList();
        try
        {
            await Task.WhenAll(databases.Select((d, i) => StoreFor(d).SaveAsync($"k{i}", new ConversationData(), default)));

            Assert.Equal(6L, await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
            // Every step once, in order, however many instances raced for it.
            Assert.Equal("1,2,3,4,5", await cluster.ScalarAsync<string>($"SELECT string_agg(version::text, ',' ORDER BY version) FROM {table}_schema_version"));
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    [PostgresFact]
    public async Task WorksInAnotherSchemaAndUnderAReservedWord()
    {
        var schema = $"s_{Guid.NewGuid():N}";
        await cluster.ScalarAsync<int>($"CREATE SCHEMA {schema}");

        await using var database = cluster.OpenDatabase($"{schema}.user");
        var store = StoreFor(database);
        await store.SaveAsync("k", new ConversationData { Welcomed = true }, default);

        Assert.True((await store.LoadAsync("k", default)).Welcomed);
        Assert.Equal(1L, await cluster.ScalarAsync<long>($"SELECT count(*) FROM {schema}.\"user\""));
    }

    private static PostgresConversationStateStore StoreFor(PostgresStateDatabase database) =>
        new(database, Options.Create(new ConversationStateOptions()), TimeProvider.System, NullLogger<PostgresConversationStateStore>.Instance);

    private Task<string?> ColumnsAsync(string table) => cluster.ScalarAsync<string>(
        $"SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_name = '{table}'");
}

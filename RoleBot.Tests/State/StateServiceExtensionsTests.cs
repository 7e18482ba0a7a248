using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.State.Postgres;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State;

public class StateServiceExtensionsTests
{
    private const string ConnectionString = "Host=127.0.0.1;Port=1;Username=u;Password=p-secret";

    [Fact]
    public void MemoryIsTheDefault()
    {
        Assert.IsType<MemoryConversationStateStore>(Resolve([]));
        Assert.IsType<MemoryConversationStateStore>(Resolve(new() { ["RoleBot:State:Provider"] = "memory" }));
    }

    [Theory]
    [InlineData("ConnectionStrings:RoleBotState")]
    [InlineData("RoleBot:State:ConnectionString")]
    public void PostgresProviderReplacesTheMemoryStoreAndPurgesInTheBackground(string connectionStringKey)
    {
        using var services = Build(new() { ["RoleBot:State:Provider"] = "Postgres", [connectionStringKey] = ConnectionString });

        Assert.IsType<PostgresConversationStateStore>(services.GetRequiredService<IConversationStateStore>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is PostgresStatePurger);
        Assert.Equal(PostgresTableName.Default, services.GetRequiredService<PostgresStateDatabase>().Table.ToString());
    }

    [Fact]
    public void PostgresWithoutAConnectionStringFailsFastSayingWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ["RoleBot:State:Provider"] = "Postgres" }));

        Assert.Contains("RoleBot:State:Provider is 'Postgres' but no connection string is configured", error.Message);
        Assert.Contains("ConnectionStrings:RoleBotState", error.Message);
    }

    [Fact]
    public void UnknownProviderFailsFast()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ["RoleBot:State:Provider"] = "Redis" }));

        Assert.Contains("'Redis' is not supported", error.Message);
    }

    [Fact]
    public void InvalidTableNameFailsFast()
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve(new()
        {
            ["RoleBot:State:Provider"] = "Postgres",
            ["ConnectionStrings:RoleBotState"] = ConnectionString,
            ["RoleBot:State:Table"] = "state; drop table x",
        }));

        Assert.Contains("RoleBot:State:Table", error.Message);
    }

    [Fact]
    public void TheAppRefusesToStartWithPostgresButNoConnectionString()
    {
        using var factory = new EchoBotApp();
        factory.Options.Settings["RoleBot:State:Provider"] = "Postgres";

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("no connection string is configured", error.Message);
    }

    private static IConversationStateStore Resolve(Dictionary<string, string?> settings)
    {
        using var services = Build(settings);
        return services.GetRequiredService<IConversationStateStore>();
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddRoleBotProtocol(configuration);
        services.AddRoleBotStateStore(configuration);
        return services.BuildServiceProvider();
    }
}

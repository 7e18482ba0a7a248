using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Streams;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;
using RoleBot.State.Postgres;

namespace RoleBot.State;

public static class StateServiceExtensions
{
    public const string ProviderKey = ConversationStateOptions.Section + ":Provider";
    public const string ConnectionStringName = "RoleBotState";
    public const string Memory = "Memory";
    public const string Postgres = "Postgres";

    /// <summary>
    /// Picks the conversation state store from RoleBot:State:Provider (Memory, the default, or Postgres).
    /// Misconfiguration throws here, so the app refuses to start instead of failing its first turn.
    /// </summary>
    public static IServiceCollection AddRoleBotStateStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConversationStateOptions>()
            .Bind(configuration.GetSection(ConversationStateOptions.Section))
            .Validate(o => o.MaxConversations > 0 && o.IdleExpiry > TimeSpan.Zero,
                $"{ConversationStateOptions.Section}: MaxConversations and IdleExpiry must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        var provider = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(Memory, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<IConversationStateStore, MemoryConversationStateStore>();
            services.TryAddSingleton<IStateReadiness, MemoryReadiness>();
            return services;
        }

        if (!provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ProviderKey} '{provider}' is not supported: use '{Memory}' (the default) or '{Postgres}'.");
        }

        return services.AddPostgresStateStore(configuration);
    }

    private static IServiceCollection AddPostgresStateStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ConversationStateOptions.Section);
        var connectionString = configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } named
            ? named
            : section[nameof(PostgresStateOptions.ConnectionString)];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is '{Postgres}' but no connection string is configured: set ConnectionStrings:{ConnectionStringName} " +
                $"(App Service: a connection string named {ConnectionStringName}) or {ConversationStateOptions.Section}:ConnectionString.");
        }

        PostgresConnectionString.Validate(connectionString);
        var table = PostgresTableName.Parse(section[nameof(PostgresStateOptions.Table)] ?? PostgresTableName.Default);

        services.AddOptions<PostgresStateOptions>()
            .Bind(section)
            .Validate(o => o.PurgeInterval > TimeSpan.Zero && o.QueueLease >= TimeSpan.FromSeconds(1) && o.MaxRetries >= 0 && new PostgresTimeouts(o.CommandTimeout, o.ConnectTimeout).IsValid,
                $"{ConversationStateOptions.Section}: PurgeInterval, CommandTimeout and ConnectTimeout must be positive, QueueLease at least 1 second and MaxRetries not negative.")
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var postgres = sp.GetRequiredService<IOptions<PostgresStateOptions>>().Value;
            return new PostgresStateDatabase(connectionString, table, postgres.MaxRetries, sp.GetRequiredService<ILoggerFactory>(),
                new PostgresTimeouts(postgres.CommandTimeout, postgres.ConnectTimeout));
        });
        services.TryAddSingleton<PostgresConversationStateStore>();
        services.TryAddSingleton<IConversationStateStore>(sp => sp.GetRequiredService<PostgresConversationStateStore>());
        // What makes several instances one bot: shared keys, turn locks across instances, the durable turn journal.
        services.TryAddSingleton<ISharedKeys, PostgresSharedKeys>();
        services.TryAddSingleton<ConversationLocks>();
        services.Replace(ServiceDescriptor.Singleton<ITurnLocks, PostgresTurnLocks>());
        services.TryAddSingleton<ITurnJournal, PostgresTurnJournal>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostgresPurge, PostgresKeysPurge>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostgresPurge, PostgresJournalPurge>());
        services.TryAddSingleton<IStateReadiness, PostgresReadiness>();
        services.TryAddSingleton<PostgresDirectLineStore>();
        services.Replace(ServiceDescriptor.Singleton<IDirectLineConversationStore>(sp => sp.GetRequiredService<PostgresDirectLineStore>()));
        services.AddSingleton<IPostgresPurge>(sp => sp.GetRequiredService<PostgresDirectLineStore>());
        services.AddHostedService<PostgresStatePurger>();
        // Wakes this instance's Direct Line streams when any instance stores an activity (LISTEN/NOTIFY).
        services.TryAddSingleton<DirectLineStreamHub>();
        services.AddHostedService<PostgresStreamListener>();
        return services;
    }
}

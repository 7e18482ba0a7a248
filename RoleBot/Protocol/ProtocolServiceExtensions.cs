using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Auth;
using RoleBot.Protocol.Connector;
using RoleBot.Protocol.Deduplication;
using RoleBot.Protocol.Http;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Protocol;

public static class ProtocolServiceExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// The Activity protocol plumbing: endpoint, turn adapter, background delivery, connector client and
    /// conversation state. The bot itself (IBot) is registered by whoever provides it.
    /// </summary>
    public static IServiceCollection AddRoleBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProtocolOptions>()
            .Bind(configuration.GetSection(ProtocolOptions.Section))
            .Validate(o => o.MaxBodyBytes > 0 && o.QueuePartitions > 0 && o.QueueCapacityPerPartition > 0
                && o.DeduplicationCapacity > 0 && o.DeduplicationWindow > TimeSpan.Zero && o.ReplayBudgetBytes >= 0,
                $"{ProtocolOptions.Section}: sizes, counts and the de-duplication window must be positive.")
            .ValidateOnStart();
        services.AddOptions<ConversationStateOptions>()
            .Bind(configuration.GetSection(ConversationStateOptions.Section))
            .Validate(o => o.MaxConversations > 0 && o.IdleExpiry > TimeSpan.Zero,
                $"{ConversationStateOptions.Section}: MaxConversations and IdleExpiry must be positive.")
            .ValidateOnStart();
        services.AddOptions<AnonymousOutboundOptions>().Bind(configuration.GetSection(AnonymousOutboundOptions.Section));
        services.AddOptions<BotFrameworkOptions>().Bind(configuration);

        services.TryAddSingleton(TimeProvider.System);
        // Replaced by the auth concern (services.Replace) once token validation is registered.
        services.TryAddSingleton<IRequestAuthenticator, AnonymousRequestAuthenticator>();
        services.TryAddSingleton<IConversationStateStore, MemoryConversationStateStore>();

        services.AddHttpClient(ConnectorHttp.ClientName).ConfigurePrimaryHttpMessageHandler(ConnectorHttp.Handler);
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<AnonymousServiceUrlPolicy>();
        // Replaced by the channel adapters (services.Replace), which know each channel's format.
        services.TryAddSingleton<IReplyShaper, UnshapedReplies>();
        services.TryAddSingleton<ReplySender>();
        services.TryAddSingleton<TurnErrorHandler>();
        services.TryAddSingleton<BotTurnRunner>();
        services.TryAddSingleton<ConversationLocks>();

        services.TryAddSingleton<ActivityDeduplicator>();
        services.TryAddSingleton<TurnQueue>();
        services.TryAddSingleton<MessagesEndpoint>();
        services.TryAddSingleton<SlowBodyMiddleware>();
        services.AddHostedService<TurnWorker>();
        return services;
    }

    /// <summary>
    /// Answers Kestrel's "body arrived too slowly" (MinRequestBodyDataRate) with one Information line for every
    /// endpoint, instead of an unhandled exception. Use it before mapping the endpoints.
    /// </summary>
    public static IApplicationBuilder UseRoleBotSlowBodyHandling(this IApplicationBuilder app) => app.UseMiddleware<SlowBodyMiddleware>();

    /// <summary>Maps /api/messages for every method so that non-POST requests get 405 with Allow: POST.</summary>
    public static IEndpointConventionBuilder MapRoleBotMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(MessagesPath, context => context.RequestServices.GetRequiredService<MessagesEndpoint>().HandleAsync(context))
            .WithName("BotMessages");
}

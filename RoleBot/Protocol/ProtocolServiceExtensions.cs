using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Protocol.Connector;
using RoleBot.Protocol.Deduplication;
using RoleBot.Protocol.Http;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;

namespace RoleBot.Protocol;

public static class ProtocolServiceExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// The Activity protocol plumbing: endpoint, turn adapter, background delivery and connector client. The bot
    /// (IBot), the request authenticator and the conversation state store come from their own registrations.
    /// </summary>
    public static IServiceCollection AddRoleBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProtocolOptions>()
            .Bind(configuration.GetSection(ProtocolOptions.Section))
            .Validate(o => o.MaxBodyBytes > 0 && o.QueuePartitions > 0 && o.QueueCapacityPerPartition > 0
                && o.DeduplicationCapacity > 0 && o.DeduplicationWindow > TimeSpan.Zero && o.ReplayBudgetBytes >= 0
                && o.ExpectRepliesTimeout > TimeSpan.Zero,
                $"{ProtocolOptions.Section}: sizes, counts, the de-duplication window and ExpectRepliesTimeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<AnonymousOutboundOptions>().Bind(configuration.GetSection(AnonymousOutboundOptions.Section));

        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ConnectorHttp.ClientName).ConfigurePrimaryHttpMessageHandler(ConnectorHttp.Handler);
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<AnonymousServiceUrlPolicy>();
        // Replaced by the channel adapters (services.Replace), which know each channel's format.
        services.TryAddSingleton<IReplyShaper, UnshapedReplies>();
        services.TryAddSingleton<ReplySender>();
        services.TryAddSingleton<TurnErrorHandler>();
        services.TryAddSingleton<BotTurnRunner>();
        services.TryAddSingleton<ConversationLocks>();
        // Replaced with Provider=Postgres (services.Replace), so turns are serialised across instances.
        services.TryAddSingleton<ITurnLocks>(sp => sp.GetRequiredService<ConversationLocks>());

        services.TryAddSingleton<ActivityDeduplicator>();
        services.TryAddSingleton<TurnQueue>();
        services.TryAddSingleton<MessagesEndpoint>();
        services.TryAddSingleton<SlowBodyMiddleware>();
        services.AddHostedService<TurnWorker>();
        services.AddHostedService<TurnJournalWorker>();
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

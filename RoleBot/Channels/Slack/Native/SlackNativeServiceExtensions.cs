using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoleBot.Protocol.Queue;
using RoleBot.Telemetry;

namespace RoleBot.Channels.Slack.Native;

public static class SlackNativeServiceExtensions
{
    public const string EventsPath = "/api/slack/events";
    public const string CommandsPath = "/api/slack/commands";
    public const string InteractivityPath = "/api/slack/interactivity";

    /// <summary>The native Slack app: its endpoints, background answering and the Slack Web API client.</summary>
    public static IServiceCollection AddRoleBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRoleBotMetrics();
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.Section))
            .Validate(o => o.ApiBaseUrl.IsAbsoluteUri && o.MaxBodyBytes > 0 && o.QueuePartitions > 0 && o.QueueCapacityPerPartition > 0
                && o.DeduplicationCapacity > 0 && o.DeduplicationWindow > TimeSpan.Zero && o.MaxClockSkew > TimeSpan.Zero
                && o.MaxRateLimitRetries >= 0 && o.ShareCapacity > 0 && o.ShareWindow > TimeSpan.Zero,
                $"{SlackOptions.Section}: ApiBaseUrl must be absolute; sizes, counts and windows must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // HttpClient's own logging writes request URIs, and a response_url is a credential; SlackLog says enough.
        services.AddHttpClient<SlackApiClient>(http =>
        {
            http.Timeout = TimeSpan.FromSeconds(30);
            http.MaxResponseContentBufferSize = 1024 * 1024;
        })
        // A redirect would carry the bot token, or a reply meant for one response_url, to wherever Location points.
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
        .RemoveAllLoggers();
        services.TryAddSingleton<SlackRequestReader>();
        services.TryAddSingleton<SlackEventDeduplicator>();
        services.TryAddSingleton<SlackCommandReplays>();
        services.TryAddSingleton<SlackShareCache>();
        services.TryAddSingleton<SlackJobQueue>();
        services.TryAddTransient<SlackReplyPoster>();
        services.TryAddTransient<SlackTurns>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJournalResumer, SlackTurnResumer>());
        services.TryAddTransient<SlackEventsEndpoint>();
        services.TryAddTransient<SlackCommandsEndpoint>();
        services.TryAddTransient<SlackInteractivityEndpoint>();
        services.AddHostedService<SlackWorker>();
        return services;
    }

    /// <summary>Maps the three Slack endpoints, or none (so they are 404s) while the secrets are not configured.</summary>
    public static IEndpointRouteBuilder MapRoleBotSlack(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackNativeServiceExtensions).Namespace!);
        if (!services.GetRequiredService<IOptions<SlackOptions>>().Value.IsConfigured)
        {
            SlackLog.Disabled(logger);
            return endpoints;
        }

        endpoints.MapPost(EventsPath, context => context.RequestServices.GetRequiredService<SlackEventsEndpoint>().HandleAsync(context));
        endpoints.MapPost(CommandsPath, context => context.RequestServices.GetRequiredService<SlackCommandsEndpoint>().HandleAsync(context));
        endpoints.MapPost(InteractivityPath, context => context.RequestServices.GetRequiredService<SlackInteractivityEndpoint>().HandleAsync(context));
        SlackLog.Enabled(logger);
        return endpoints;
    }
}

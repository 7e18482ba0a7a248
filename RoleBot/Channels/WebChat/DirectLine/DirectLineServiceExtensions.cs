using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Cors;
using RoleBot.Channels.WebChat.DirectLine.Endpoints;
using RoleBot.Channels.WebChat.DirectLine.Streams;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Channels.WebChat.DirectLine.Turns;
using RoleBot.Protocol.Queue;

namespace RoleBot.Channels.WebChat.DirectLine;

public static class DirectLineServiceExtensions
{
    /// <summary>The Direct Line 3.0 subset Web Chat needs in polling mode, running the bot in process.</summary>
    public static IServiceCollection AddRoleBotDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<DirectLineSecret>();
        services.TryAddSingleton<DirectLineTokens>();
        services.TryAddSingleton<DirectLineAuthorizer>();
        services.TryAddSingleton<DirectLineConversationStore>();
        // Replaced with Provider=Postgres (services.Replace), so every instance serves every conversation.
        services.TryAddSingleton<IDirectLineConversationStore>(sp => sp.GetRequiredService<DirectLineConversationStore>());
        services.TryAddSingleton<ClientRateLimiter>();
        services.TryAddSingleton<DirectLineCors>();
        services.TryAddSingleton<DirectLineTurns>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJournalResumer, DirectLineTurnResumer>());

        services.TryAddSingleton<ConversationAccess>();
        services.TryAddSingleton<TokenEndpoints>();
        services.TryAddSingleton<ConversationEndpoints>();
        services.TryAddSingleton<PollEndpoint>();
        services.TryAddSingleton<PostActivityEndpoint>();
        services.TryAddSingleton<PageTokenEndpoint>();
        services.TryAddSingleton<DirectLineStreamHub>();
        services.TryAddSingleton<StreamEndpoint>();
        return services;
    }

    /// <summary>WebSockets for the stream; the keep-alive is Direct Line's own empty message, so no ping frames are needed.</summary>
    public static IApplicationBuilder UseRoleBotDirectLineStreams(this IApplicationBuilder app) =>
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });

    public static IEndpointRouteBuilder MapRoleBotDirectLine(this IEndpointRouteBuilder endpoints)
    {
        // Made now, so a generated development secret is announced at startup rather than on the first request.
        endpoints.ServiceProvider.GetRequiredService<DirectLineSecret>();

        var api = endpoints.MapGroup(DirectLineChannel.BasePath).AddEndpointFilter(WithCors).AddEndpointFilter(DirectLineStateUnavailable.Filter);
        api.MapPost("/tokens/generate", (HttpContext c, TokenEndpoints e) => e.GenerateAsync(c));
        api.MapPost("/tokens/refresh", (HttpContext c, TokenEndpoints e) => e.RefreshAsync(c));
        api.MapPost("/conversations", (HttpContext c, ConversationEndpoints e) => e.StartAsync(c));
        api.MapGet("/conversations/{conversationId}", (HttpContext c, string conversationId, ConversationEndpoints e) => e.ReconnectAsync(c, conversationId));
        api.MapGet("/conversations/{conversationId}/activities", (HttpContext c, string conversationId, PollEndpoint e) => e.PollAsync(c, conversationId));
        api.MapPost("/conversations/{conversationId}/activities", (HttpContext c, string conversationId, PostActivityEndpoint e) => e.PostAsync(c, conversationId));
        api.MapPost("/conversations/{conversationId}/upload", UploadEndpoint.Refuse);
        api.MapGet("/conversations/{conversationId}/stream", (HttpContext c, string conversationId, StreamEndpoint e) => e.StreamAsync(c, conversationId));

        endpoints.MapPost(DirectLineChannel.PageTokenPath, (HttpContext c, PageTokenEndpoint e) => e.IssueAsync(c)).AddEndpointFilter(WithCors).AddEndpointFilter(DirectLineStateUnavailable.Filter);

        endpoints.MapMethods(DirectLineChannel.BasePath + "/{**path}", [HttpMethods.Options], (HttpContext c, DirectLineCors cors) => cors.Preflight(c));
        endpoints.MapMethods(DirectLineChannel.PageTokenPath, [HttpMethods.Options], (HttpContext c, DirectLineCors cors) => cors.Preflight(c));
        return endpoints;
    }

    private static ValueTask<object?> WithCors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.RequestServices.GetRequiredService<DirectLineCors>().Apply(context.HttpContext);
        return next(context);
    }
}

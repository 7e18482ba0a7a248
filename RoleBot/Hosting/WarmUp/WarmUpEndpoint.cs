using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Auth;
using RoleBot.Auth.Inbound;
using RoleBot.Bots;
using RoleBot.Protocol;
using RoleBot.Protocol.Deduplication;
using RoleBot.Protocol.Http;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Telemetry;

namespace RoleBot.Hosting.WarmUp;

/// <summary>
/// One expectReplies message through a private /api/messages endpoint, so the first caller does not wait while
/// reading the body, the de-duplicator, the turn runner with its lock, load and save, turn telemetry and the inline
/// response are JIT-compiled (that made the first such turn about 25 ms slower than the second). Everything that keeps
/// state is the warm-up's own (de-duplicator, state store, locks, a meter no exporter reads, no report sinks, no
/// logs), so no conversation, activity id, metric or gap is left behind. Skipped when the registered bot is not
/// RoleBot's: warming up a replaced bot would run a stranger's turn.
/// </summary>
public sealed class WarmUpEndpoint(IServiceProvider services, IOptions<ProtocolOptions> options, TimeProvider time)
{
    public const string MeterName = "RoleBot.WarmUp";

    /// <summary>The replies the turn produced (0 when skipped); nothing was sent or kept.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IBot>() is not RoleBotActivityHandler)
        {
            return 0;
        }

        using var meter = new Meter(MeterName);
        var telemetry = new TurnTelemetry(new RoleBotMetrics(meter), [], time, NullLogger<TurnTelemetry>.Instance);
        var store = new MemoryConversationStateStore(services.GetRequiredService<IOptions<ConversationStateOptions>>(), time);
        var runner = ActivatorUtilities.CreateInstance<BotTurnRunner>(services, store, new ConversationLocks(), telemetry, NullLogger<BotTurnRunner>.Instance);
        var endpoint = ActivatorUtilities.CreateInstance<MessagesEndpoint>(
            services, new ActivityDeduplicator(options, time), runner, NullLogger<MessagesEndpoint>.Instance);

        var context = Request(new WarmUpCaller(scope.ServiceProvider));
        await endpoint.HandleAsync(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"The warm-up turn answered {context.Response.StatusCode}.");
        }

        context.Response.Body.Position = 0;
        using var replies = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: cancellationToken);
        return replies.RootElement.GetProperty("activities").GetArrayLength();
    }

    private static DefaultHttpContext Request(IServiceProvider requestServices)
    {
        var activity = WarmUpActivities.Message(ChannelIds.Emulator, WarmUpTurns.Question);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options);
        var context = new DefaultHttpContext { RequestServices = requestServices };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/api/messages";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        context.Response.Body = new MemoryStream();
        return context;
    }

    /// <summary>
    /// The request services of the warm-up's request. The real authenticator decides first (so its code is warm too);
    /// where it requires a token, which the warm-up's own activity, built above and never received from anyone,
    /// cannot carry, that activity counts as an anonymous caller's (anonymous replies only go to loopback, and an
    /// expectReplies turn sends none).
    /// </summary>
    private sealed class WarmUpCaller(IServiceProvider inner) : IServiceProvider, IRequestAuthenticator
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IRequestAuthenticator) ? this : inner.GetService(serviceType);

        public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
        {
            var real = await inner.GetRequiredService<IRequestAuthenticator>().AuthenticateAsync(authorizationHeader, activity, cancellationToken);
            return real.Succeeded ? real : AuthenticationResult.Anonymous;
        }
    }
}

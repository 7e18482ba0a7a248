using RoleBot.State;

namespace RoleBot.Hosting;

/// <summary>
/// /healthz is liveness (the process answers; a balancer or App Service restarts it when not). /healthz/ready is
/// readiness: also the shared state, so a balancer stops sending work to an instance that cannot reach its
/// database, without restarting it (it recovers on its own when the database is back).
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/healthz/ready";

    public static IEndpointRouteBuilder MapRoleBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, () => TypedResults.Ok(new { status = "ok" }));
        endpoints.MapGet(ReadyPath, async (HttpContext context, IStateReadiness readiness) =>
            await readiness.IsReadyAsync(context.RequestAborted)
                ? Results.Ok(new { status = "ready" })
                : Results.Json(new { status = "state unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}

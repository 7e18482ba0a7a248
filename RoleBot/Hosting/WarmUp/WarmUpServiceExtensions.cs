using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoleBot.Hosting.WarmUp;

public static class WarmUpServiceExtensions
{
    /// <summary>
    /// Answers one question in memory at startup so the first real one is as fast as the rest. Registered after
    /// every other service (the host starts hosted services in registration order, so the knowledge base and
    /// content checks run first and a broken knowledge base still stops startup with its own errors).
    /// </summary>
    public static IServiceCollection AddRoleBotWarmUp(this IServiceCollection services)
    {
        services.TryAddSingleton<WarmUpTurns>();
        services.TryAddSingleton<WarmUpEndpoint>();
        services.AddHostedService<StartupWarmUp>();
        return services;
    }
}

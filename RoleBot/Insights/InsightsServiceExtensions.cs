using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoleBot.Insights.Storage;
using RoleBot.Telemetry;

namespace RoleBot.Insights;

public static class InsightsServiceExtensions
{
    /// <summary>Knowledge-gap recording, on unless RoleBot:Insights:Enabled is false.</summary>
    public static IServiceCollection AddRoleBotInsights(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InsightsOptions>().Bind(configuration.GetSection(InsightsOptions.Section))
            .Validate(o => o.Retention > TimeSpan.Zero && o.QueueCapacity > 0, $"{InsightsOptions.Section}: Retention and QueueCapacity must be positive.")
            .ValidateOnStart();
        if (configuration.GetSection(InsightsOptions.Section).Get<InsightsOptions>() is { Enabled: false })
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GapRecorder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnReportSink, GapRecorder>(sp => sp.GetRequiredService<GapRecorder>()));
        services.TryAddSingleton(sp => GapStores.Create(configuration, sp.GetRequiredService<IOptions<InsightsOptions>>().Value));
        services.AddHostedService<GapWriter>();
        return services;
    }
}

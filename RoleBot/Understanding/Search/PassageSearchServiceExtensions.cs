using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoleBot.Understanding.Search;

public static class PassageSearchServiceExtensions
{
    /// <summary>The passage search over the knowledge base that AddRoleBotContent serves, with its thresholds.</summary>
    public static IServiceCollection AddRoleBotPassageSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PassageSearchOptions>().Bind(configuration.GetSection(PassageSearchOptions.Section));
        services.TryAddSingleton<IPassageSearch, PassageSearch>();
        services.AddHostedService<PassageIndexWarmUp>();
        return services;
    }
}

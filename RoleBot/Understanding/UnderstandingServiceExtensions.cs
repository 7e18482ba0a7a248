using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoleBot.Understanding;

public static class UnderstandingServiceExtensions
{
    /// <summary>The local recognizer; it reads the knowledge base and language content that AddRoleBotContent serves.</summary>
    public static IServiceCollection AddRoleBotUnderstanding(this IServiceCollection services)
    {
        services.TryAddSingleton<IRoleRecognizer, RoleRecognizer>();
        services.AddOptions<UnderstandingOptions>().BindConfiguration(UnderstandingOptions.Section);
        services.AddHostedService<CueCompilation>();
        return services;
    }
}

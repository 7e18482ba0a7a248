using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoleBot.Content.Organisations;

public static class OrganisationServiceExtensions
{
    public const string FolderName = "organisations";

    /// <summary>
    /// The organisations' ladders (dialogs/organisations/), loaded while the host starts so a broken one is logged
    /// then, and skipped, rather than on the first question of its users.
    /// </summary>
    public static IServiceCollection AddRoleBotOrganisations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IOrganisationDirectory>(sp => new OrganisationDirectory(
            Path.Combine(ContentPaths.DialogsRoot(sp.GetService<IConfiguration>() ?? configuration), FolderName),
            sp.GetRequiredService<ILogger<OrganisationDirectory>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<OrganisationStartupLoad>();
        services.TryAddSingleton<OrganisationViews>();
        services.TryAddSingleton<OrganisationTurns>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoleBot.Content.Organisations;

public static class OrganisationServiceExtensions
{
    public const string FolderName = "organisations";
    public const string PathKey = "RoleBot:OrganisationsPath";

    /// <summary>
    /// The organisations' ladders (dialogs/organisations/), loaded while the host starts so a broken one is logged
    /// then, and skipped, rather than on the first question of its users.
    /// </summary>
    public static IServiceCollection AddRoleBotOrganisations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IOrganisationDirectory>(sp => new OrganisationDirectory(
            Root(sp.GetService<IConfiguration>() ?? configuration),
            sp.GetRequiredService<ILogger<OrganisationDirectory>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<OrganisationStartupLoad>();
        services.TryAddSingleton<OrganisationViews>();
        services.TryAddSingleton<OrganisationTurns>();
        return services;
    }

    /// <summary>RoleBot:OrganisationsPath when set (relative to the content root), else dialogs/organisations/.</summary>
    public static string Root(IConfiguration configuration)
    {
        var dialogs = ContentPaths.DialogsRoot(configuration);
        var configured = configuration[PathKey];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(dialogs, FolderName)
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dialogs)!, configured));
    }
}

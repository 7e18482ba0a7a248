namespace RoleBot.Hosting.Commands;

/// <summary>Configuration for commands that run instead of the server.</summary>
public static class CommandConfiguration
{
    // Same sources as the server (appsettings, environment), so an override of a path applies to the commands too.
    public static IConfiguration Load() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}

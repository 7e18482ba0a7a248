using RoleBot.Knowledge;

namespace RoleBot.Hosting;

/// <summary>Maintenance commands that run instead of the server (e.g. "validate-kb &lt;file&gt;").</summary>
public static class RoleBotCommandLine
{
    public static Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != ValidateKnowledgeBaseCommand.Name)
        {
            return Task.FromResult(false);
        }

        // Same configuration sources as the server (appsettings, environment), so overrides of the path apply here too.
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        // Program returns normally after a command, so the exit code travels through Environment.ExitCode.
        Environment.ExitCode = ValidateKnowledgeBaseCommand.Run(args[1..], configuration, Console.Out, Console.Error);
        return Task.FromResult(true);
    }
}

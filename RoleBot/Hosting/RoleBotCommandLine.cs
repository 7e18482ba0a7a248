using System.CommandLine;
using System.CommandLine.Invocation;
using RoleBot.Hosting.Commands;

namespace RoleBot.Hosting;

/// <summary>Maintenance commands that run instead of the server (RoleBotCommands lists them).</summary>
public static class RoleBotCommandLine
{
    /// <summary>Exit code for a command line that names no command or does not parse (the usual "usage error").</summary>
    public const int UsageError = 2;

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (await RunAsync(args, Console.Out, Console.Error) is not { } exitCode)
        {
            return false;
        }

        // Program returns normally after a command, so the exit code travels through Environment.ExitCode.
        Environment.ExitCode = exitCode;
        return true;
    }

    /// <returns>null when the arguments are for the server; otherwise the exit code of what ran instead.</returns>
    public static async Task<int?> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var route = CommandLineRoute.For(args);
        switch (route.Intent)
        {
            case CommandLineIntent.StartServer:
                return null;
            case CommandLineIntent.UnknownCommand:
                error.WriteLine(UnknownCommandMessage.For(args[0], route.Root));
                return UsageError;
        }

        if (route.Parse.Action is ParseErrorAction)
        {
            foreach (var problem in route.Parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine(CommandUsage.Of(route.Parse.CommandResult.Command));
            return UsageError;
        }

        // Exceptions a command does not handle crash the process as they did before, rather than becoming an exit code.
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        return await route.Parse.InvokeAsync(invocation);
    }
}

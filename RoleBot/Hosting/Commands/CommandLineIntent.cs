namespace RoleBot.Hosting.Commands;

/// <summary>What a command line asks RoleBot to do.</summary>
public enum CommandLineIntent
{
    StartServer,
    ShowHelp,
    RunCommand,
    UnknownCommand,
}

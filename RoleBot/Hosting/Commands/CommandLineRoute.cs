using System.CommandLine;
using System.CommandLine.Help;

namespace RoleBot.Hosting.Commands;

/// <summary>
/// Where a command line goes. Only the first word decides: no words or a host-style first word start the server
/// (exactly as before commands existed), a help alias shows help, a command word runs that command, and any other
/// word is a mistyped command that must not start a bot.
/// </summary>
public sealed record CommandLineRoute(CommandLineIntent Intent, RootCommand Root, ParseResult Parse)
{
    // Response files ("@file") would read arbitrary files for a word that is meant to be a command.
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    public static CommandLineRoute For(IReadOnlyList<string> args)
    {
        var root = RoleBotCommands.Create();
        var parse = root.Parse(args, Parser);
        return new CommandLineRoute(IntentOf(args, root), root, parse);
    }

    private static CommandLineIntent IntentOf(IReadOnlyList<string> args, RootCommand root)
    {
        if (args.Count == 0)
        {
            return CommandLineIntent.StartServer;
        }

        var help = root.Options.OfType<HelpOption>().Single();
        if (args[0] == help.Name || help.Aliases.Contains(args[0]))
        {
            return CommandLineIntent.ShowHelp;
        }

        if (HostArguments.IsHostStyle(args[0]))
        {
            return CommandLineIntent.StartServer;
        }

        // The word itself, not the parse: the parser would skip a leading "[directive]" and run the command after it.
        var isCommand = root.Subcommands.Any(c => c.Name == args[0] || c.Aliases.Contains(args[0]));
        return isCommand ? CommandLineIntent.RunCommand : CommandLineIntent.UnknownCommand;
    }
}

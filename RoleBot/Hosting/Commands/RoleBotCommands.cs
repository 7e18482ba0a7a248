using System.CommandLine;

namespace RoleBot.Hosting.Commands;

/// <summary>The one list of RoleBot's command words; each command defines its own arguments and options.</summary>
public static class RoleBotCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "RoleBot, the chatbot that answers questions about organisational roles. With no command, or only host options (--urls, --environment, key=value), it starts the bot server.")
        {
            HelpName = "RoleBot",
        };
        root.Subcommands.Add(ValidateKnowledgeBaseCommand.Create());
        root.Subcommands.Add(GapsCommand.Create());
        root.Subcommands.Add(ValidateOrganisationCommand.Create());

        // Only help and the commands: "--version" and directives would be words the host never sees yet no command uses.
        foreach (var version in root.Options.OfType<VersionOption>().ToList())
        {
            root.Options.Remove(version);
        }

        root.Directives.Clear();
        return root;
    }
}

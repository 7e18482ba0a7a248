using System.CommandLine;
using System.CommandLine.Help;

namespace RoleBot.Hosting.Commands;

/// <summary>The one-line "usage: …" a command prints when its arguments do not parse, derived from its definition.</summary>
public static class CommandUsage
{
    public static string Of(Command command)
    {
        var parts = new List<string> { command.Name };
        foreach (var option in command.Options.Where(o => o is not HelpOption && !o.Hidden))
        {
            var value = option.Arity.MinimumNumberOfValues == 0 ? option.Name : $"{option.Name} <{option.HelpName ?? option.Name.TrimStart('-')}>";
            parts.Add(option.Required ? value : $"[{value}]");
        }

        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var name = argument.HelpName ?? argument.Name;
            var value = argument.Arity.MaximumNumberOfValues > 1 ? $"{name}..." : name;
            parts.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{value}]" : $"<{value}>");
        }

        return "usage: " + string.Join(' ', parts);
    }
}

using RoleBot.Hosting.Commands;

namespace RoleBot.Tests.Hosting.Commands;

public class UnknownCommandMessageTests
{
    [Fact]
    public void NamesTheWordAndListsEveryCommandWithItsDescription()
    {
        var root = RoleBotCommands.Create();

        var lines = UnknownCommandMessage.For("frobnicate", root).Split(Environment.NewLine);

        Assert.Equal($"unknown command 'frobnicate'; commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}", lines[0]);
        Assert.All(root.Subcommands, c => Assert.Contains(lines, l => l.Trim().StartsWith(c.Name, StringComparison.Ordinal) && l.EndsWith(c.Description!, StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryCommandHasAOneLineDescription()
    {
        Assert.All(RoleBotCommands.Create().Subcommands, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Description));
            Assert.DoesNotContain('\n', c.Description);
        });
    }
}

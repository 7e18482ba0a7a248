using RoleBot.Hosting;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting;

public class RoleBotCommandLineTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("--environment", "Development", "--RoleBot:Foo=bar")]
    [InlineData("/key=value")]
    public async Task HostArgumentsLeaveTheServerToStart(params string[] args)
    {
        Assert.Null(await RoleBotCommandLine.RunAsync(args, _out, _err));
        Assert.Empty(_out.ToString());
        Assert.Empty(_err.ToString());
    }

    [Fact]
    public async Task UnknownCommandExitsTwoAndListsTheCommands()
    {
        var code = await RoleBotCommandLine.RunAsync(["frobnicate", "roles.kb.json"], _out, _err);

        Assert.Equal(2, code);
        Assert.StartsWith("unknown command 'frobnicate'; commands: validate-kb", _err.ToString());
        Assert.Contains("Check a knowledge base without starting the server", _err.ToString());
        Assert.Empty(_out.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public async Task HelpListsTheCommandsAndExitsZero(string option)
    {
        var code = await RoleBotCommandLine.RunAsync([option], _out, _err);

        Assert.Equal(0, code);
        Assert.Contains("validate-kb", _out.ToString());
        Assert.Contains("Check a knowledge base without starting the server", _out.ToString());
        Assert.Empty(_err.ToString());
    }

    [Fact]
    public async Task ValidateKbRunsTheValidation()
    {
        var code = await RoleBotCommandLine.RunAsync(["validate-kb", KnowledgeTestPaths.ShippedKnowledgeBase], _out, _err);

        var kb = ShippedKnowledgeBase.Instance;
        Assert.Equal(0, code);
        Assert.Equal($"OK: {kb.Roles.Count} roles, {kb.Comparisons.Count} comparisons, {kb.Faqs.Count} FAQs", _out.ToString().Trim());
        Assert.Empty(_err.ToString());
    }

    [Fact]
    public async Task ValidateKbReportsAnInvalidFileWithExitOne()
    {
        var code = await RoleBotCommandLine.RunAsync(["validate-kb", Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.json")], _out, _err);

        Assert.Equal(1, code);
        Assert.Contains("FAILED: 1 error in ", _err.ToString());
    }

    [Fact]
    public async Task ValidateKbWithTooManyFilesPrintsUsageAndExitsTwo()
    {
        var code = await RoleBotCommandLine.RunAsync(["validate-kb", "a.json", "b.json"], _out, _err);

        Assert.Equal(2, code);
        Assert.Equal("usage: validate-kb [--documents <folder>] [file]", _err.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Empty(_out.ToString());
    }
}

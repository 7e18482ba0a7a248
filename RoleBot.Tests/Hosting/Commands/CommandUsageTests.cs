using System.CommandLine;
using RoleBot.Hosting.Commands;

namespace RoleBot.Tests.Hosting.Commands;

public class CommandUsageTests
{
    [Fact]
    public void ValidateKbUsageShowsTheDocumentsOption()
    {
        Assert.Equal("usage: validate-kb [--documents <folder>] [file]", CommandUsage.Of(ValidateKnowledgeBaseCommand.Create()));
    }

    [Fact]
    public void NewOptionsAppearInTheUsageWithoutFurtherCode()
    {
        var command = new Command("check")
        {
            new Option<string>("--documents") { HelpName = "folder" },
            new Option<string>("--format") { Required = true },
            new Option<bool>("--strict"),
            new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore },
        };

        Assert.Equal("usage: check [--documents <folder>] --format <format> [--strict] <files...>", CommandUsage.Of(command));
    }
}

using RoleBot.Hosting.Commands;
using RoleBot.Tests.Hosting.Commands.TestData;

namespace RoleBot.Tests.Hosting.Commands;

public class CommandLineRouteTests
{
    public static TheoryData<string> Cases => CommandLineCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void SendsEachCommandLineWhereItsCaseSays(string name)
    {
        var testCase = CommandLineCase.Get(name);

        Assert.Equal(testCase.Intent, CommandLineRoute.For(testCase.Args).Intent);
    }

    [Fact]
    public void CasesCoverEveryIntent()
    {
        var covered = CommandLineCase.All().Select(c => c.Intent).ToHashSet();

        Assert.Equal(Enum.GetValues<CommandLineIntent>().ToHashSet(), covered);
    }
}

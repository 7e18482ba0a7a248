using RoleBot.Dialogs.Prompts;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Dialogs.Prompts;

public class RoleSuggesterTests
{
    [Fact]
    public void SuggestsRolesCloseToWhatWasTyped()
    {
        var suggestions = RoleSuggester.Suggest(TestKnowledge.FiveRoles(), ["vice presdent"], []);

        Assert.Equal("vice-president", suggestions[0]);
    }

    [Fact]
    public void FallsBackToKnownExampleRolesWhenNothingIsClose()
    {
        var suggestions = RoleSuggester.Suggest(TestKnowledge.FiveRoles(), ["wizard"], ["not-a-role", "ceo"]);

        Assert.Equal(["ceo"], suggestions);
    }
}

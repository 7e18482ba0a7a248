using RoleBot.Tests.Support;

namespace RoleBot.Tests.Organisations;

/// <summary>
/// Two organisations share "Director" and "Vice President" at opposite levels: each tenant's users get their own
/// organisation's verdict, and never another organisation's titles, levels, name or source, on any door.
/// </summary>
public class OrganisationIsolationTests(TwoOrganisationsApp fixture) : IClassFixture<TwoOrganisationsApp>
{
    [Fact]
    public async Task EachTenantGetsItsOwnOrganisationsVerdictForASharedTitle()
    {
        var alpha = await fixture.AskInTeamsAsync("who is higher, director or VP?", TwoOrganisationsApp.TenantA);
        var beta = await fixture.AskInTeamsAsync("who is higher, director or VP?", TwoOrganisationsApp.TenantB);

        Assert.Contains("At Alpha, a Director (level 5) ranks above a Vice President (level 4).", alpha, StringComparison.Ordinal);
        Assert.Contains("At Beta, a Vice President (level 7) ranks above a Director (level 3).", beta, StringComparison.Ordinal);
        AssertNothingOf("Beta", alpha);
        AssertNothingOf("Alpha", beta);
    }

    [Fact]
    public async Task AnUnknownTenantGetsTheGeneralAnswer()
    {
        var general = await fixture.AskInTeamsAsync("who is higher, director or VP?", "cccccccc-3333-4333-8333-333333333333");

        Assert.Contains("Vice President", general, StringComparison.Ordinal);
        AssertNothingOf("Alpha", general);
        AssertNothingOf("Beta", general);
    }

    [Fact]
    public async Task ATitleOnlyAnotherOrganisationHasIsNotRecognised()
    {
        var alpha = await fixture.AskInTeamsAsync("what does a zeppelin captain do?", TwoOrganisationsApp.TenantA);
        var beta = await fixture.AskInTeamsAsync("what does a zeppelin captain do?", TwoOrganisationsApp.TenantB);

        AssertNothingOf("Beta", alpha);
        Assert.Contains("At Beta, a Zeppelin Captain is a level 5 title on the Sales track.", beta, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DidYouMeanNeverOffersAnotherOrganisationsTitles()
    {
        var alpha = await fixture.AskInTeamsAsync("what does a zepelin captian do?", TwoOrganisationsApp.TenantA);

        AssertNothingOf("Beta", alpha);
    }

    [Fact]
    public async Task SlackUsesTheTeamsOrganisation()
    {
        var beta = await fixture.AskInSlackAsync("who is higher, director or VP?", TwoOrganisationsApp.SlackB);

        Assert.Contains("At Beta, a Vice President (level 7) ranks above a Director (level 3).", beta, StringComparison.Ordinal);
        AssertNothingOf("Alpha", beta);
    }

    [Fact]
    public async Task TheChatPageUsesTheConfiguredOrganisation()
    {
        var beta = await fixture.AskInWebChatAsync("is a director higher than a vp?");

        Assert.Contains("At Beta, a Vice President (level 7) ranks above a Director (level 3).", beta, StringComparison.Ordinal);
        AssertNothingOf("Alpha", beta);
    }

    [Fact]
    public async Task MessageExtensionSearchShowsOnlyTheUsersOrganisation()
    {
        var alpha = await fixture.SearchInTeamsAsync("zeppelin captain", TwoOrganisationsApp.TenantA);
        var beta = await fixture.SearchInTeamsAsync("zeppelin captain", TwoOrganisationsApp.TenantB);

        AssertNothingOf("Beta", alpha);
        Assert.Contains("Zeppelin Captain", beta, StringComparison.Ordinal);
        AssertNothingOf("Alpha", beta);
    }

    [Fact]
    public async Task InformationLogsNameNoOrganisationTitleOrSource()
    {
        await fixture.AskInTeamsAsync("who is higher, zeppelin captain or director?", TwoOrganisationsApp.TenantB);

        var information = fixture.App.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information && !e.Category.Contains("Content", StringComparison.Ordinal));
        Assert.DoesNotContain(information, e => e.Detailed.Contains("Zeppelin", StringComparison.OrdinalIgnoreCase) || e.Detailed.Contains("Beta career framework", StringComparison.Ordinal));
    }

    // The other organisation's name, its source, and the titles only it has.
    private static void AssertNothingOf(string organisation, string replies)
    {
        string[] own = organisation == "Beta" ? ["Beta", "Zeppelin", "Zep Cap", "Partner Director", "level 7", "level 3"] : ["Alpha", "Wrangler", "Group Head", "level 4", "level 2"];
        foreach (var word in own)
        {
            Assert.DoesNotContain(word, replies, StringComparison.Ordinal);
        }
    }
}

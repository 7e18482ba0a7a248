using System.Text.Json.Nodes;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Dialogs.Answering;

/// <summary>What a user of an organisation with its own ladder is told, through the real app (Teams, tenant Alpha).</summary>
public class OrganisationAnswererTests(TwoOrganisationsApp fixture) : IClassFixture<TwoOrganisationsApp>
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task TheCardShowsTheOrganisationsLadderBetweenTheTwoAndCitesItsSourceFirst()
    {
        var replies = JsonNode.Parse(await fixture.AskInTeamsAsync("who is higher, group head or VP?", TwoOrganisationsApp.TenantA))!.AsArray();

        var card = replies[0]!["attachments"]![0]!["content"]!.ToJsonString(Readable);
        Assert.Contains("At Alpha, a Group Head (level 8) ranks above a Vice President (level 4).", (string?)replies[0]!["text"], StringComparison.Ordinal);
        var (high, between, low) = (card.IndexOf("▸ Group Head", StringComparison.Ordinal), card.IndexOf("· Director", StringComparison.Ordinal), card.IndexOf("▸ Vice President", StringComparison.Ordinal));
        Assert.True(high >= 0 && high < between && between < low, card);
        Assert.Contains("Alpha career framework", card, StringComparison.Ordinal);
        Assert.Contains("https://alpha.example/ladder", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleTheLadderLacksGetsTheGeneralAnswerWithANote()
    {
        var replies = await fixture.AskInTeamsAsync("who is higher, COO or director?", TwoOrganisationsApp.TenantA);

        Assert.Contains("Alpha's ladder has no Chief Operating Officer (COO); in most companies", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitlesOnlyTheOrganisationHasAreRecognisedWithTypos()
    {
        var replies = await fixture.AskInTeamsAsync("who is higher, grup head or staff enginer?", TwoOrganisationsApp.TenantA);

        Assert.Contains("At Alpha, a Group Head (level 8) ranks above a Staff Engineer (level 5).", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsToUsesTheOrganisationsReportingLines()
    {
        var replies = await fixture.AskInTeamsAsync("does a VP report to a group head?", TwoOrganisationsApp.TenantA);

        Assert.Contains("At Alpha, a Vice President reports to a Group Head through the line Vice President → Director → Group Head.", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeSaysWhereTheTitleSitsAtTheOrganisation()
    {
        var replies = await fixture.AskInTeamsAsync("what does a director do?", TwoOrganisationsApp.TenantA);

        Assert.Contains("At Alpha, a Director is a level 5 title on the Engineering track. It reports to a Group Head.", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextStepFollowsTheOrganisationsLadder()
    {
        var replies = await fixture.AskInTeamsAsync("what comes after vice president?", TwoOrganisationsApp.TenantA);

        Assert.Contains("Director", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Senior Vice President", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOwnTitleAgainstATitleTheLadderLacksIsNotRanked()
    {
        var replies = await fixture.AskInTeamsAsync("who is higher, alpha wrangler or COO?", TwoOrganisationsApp.TenantA);

        Assert.Contains("Alpha's ladder has no Chief Operating Officer, and Alpha Wrangler is a title only Alpha uses", replies, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using RoleBot.Answers;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge.Ranking;

public class RoleRankerTests
{
    private readonly RoleRanker _ranker = new(ShippedKnowledgeBase.Provider);

    public static TheoryData<string, string, string, string, string?> Cases()
    {
        var data = new TheoryData<string, string, string, string, string?>();
        using var json = JsonDocument.Parse(File.ReadAllText(KnowledgeTestPaths.TestData("Ranking", "rank-cases.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("first").GetString()!, c.GetProperty("second").GetString()!, c.GetProperty("relation").GetString()!,
                c.GetProperty("certainty").GetString()!, c.TryGetProperty("text", out var text) ? text.GetString() : null);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RanksEachPairAsTheCaseSays(string first, string second, string relation, string certainty, string? text)
    {
        var verdict = _ranker.Compare(ShippedKnowledgeBase.Role(first), ShippedKnowledgeBase.Role(second));

        Assert.Equal(Enum.Parse<RankRelation>(relation), verdict.Relation);
        Assert.Equal(Enum.Parse<RankCertainty>(certainty), verdict.Certainty);
        if (text is not null)
        {
            // The verdict is worded in answers.json only; the rank card states it.
            Assert.Equal(text, CardTestContent.Documents.Rank(AnswerMapper.Rank(verdict, ShippedKnowledgeBase.Instance)).Text);
        }
    }

    [Fact]
    public void VerdictCarriesLadderBetweenCaveatsAndSources()
    {
        var verdict = _ranker.Compare(ShippedKnowledgeBase.Role("vice-president"), ShippedKnowledgeBase.Role("general-manager"));

        Assert.Equal(["Assistant vice president"], verdict.LevelsBetween.Select(l => l.Name));
        Assert.Contains(verdict.Caveats, c => c.Contains("large business unit", StringComparison.Ordinal));
        Assert.Contains("seed-000-qa", verdict.Sources);
        Assert.Equal("vice-president", verdict.Higher?.Id);
    }

    [Fact]
    public void ChainShowsTheUsualReportingLineUpToTheHigherRole()
    {
        var verdict = _ranker.Compare(ShippedKnowledgeBase.Role("operations-manager"), ShippedKnowledgeBase.Role("coo"));

        Assert.Equal(RankRelation.SecondHigher, verdict.Relation);
        Assert.Equal("operations-manager", verdict.Chain[0].Id);
        Assert.Equal("coo", verdict.Chain[^1].Id);
        Assert.True(verdict.Chain.Count >= 3);
    }

    [Theory]
    [InlineData("supervisor", "manager", ReportingKind.Direct)]
    [InlineData("general-manager", "coo", ReportingKind.Direct)]
    [InlineData("operations-manager", "coo", ReportingKind.Indirect)]
    [InlineData("project-manager", "ceo", ReportingKind.Indirect)]
    [InlineData("coo", "general-manager", ReportingKind.NotUsually)]
    [InlineData("product-manager", "project-manager", ReportingKind.NotUsually)]
    public void ReportsToFollowsUsualLines(string subordinate, string manager, ReportingKind kind)
    {
        var line = _ranker.ReportsTo(ShippedKnowledgeBase.Role(subordinate), ShippedKnowledgeBase.Role(manager));

        Assert.Equal(kind, line.Kind);
        Assert.Equal(kind == ReportingKind.NotUsually ? 0 : 2, Math.Min(line.Chain.Count, 2));
    }

    public static TheoryData<string, string, string[]> SourceCases()
    {
        var data = new TheoryData<string, string, string[]>();
        using var json = JsonDocument.Parse(File.ReadAllText(KnowledgeTestPaths.TestData("Ranking", "verdict-sources.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("first").GetString()!, c.GetProperty("second").GetString()!,
                [.. c.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!)]);
        }

        return data;
    }

    // A verdict cites what places both roles, not every document either role cites.
    [Theory]
    [MemberData(nameof(SourceCases))]
    public void VerdictCitesOnlyWhatSupportsTheOrdering(string first, string second, string[] sources)
    {
        var verdict = _ranker.Compare(ShippedKnowledgeBase.Role(first), ShippedKnowledgeBase.Role(second));

        Assert.Equal(sources.Order(StringComparer.Ordinal), verdict.Sources.Order(StringComparer.Ordinal));
    }
}

using System.Text.Json;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge.Ranking;

public sealed class RoleLineUpTests
{
    private readonly RoleLineUp _lineUp = new(new RoleRanker(ShippedKnowledgeBase.Provider));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(KnowledgeTestPaths.TestData("Ranking", "line-up-cases.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            data.Add(string.Join(",", c.GetProperty("roles").EnumerateArray().Select(r => r.GetString())), c.GetProperty("order").GetString()!);
        }

        return data;
    }

    // ">" a plain "above", "=" peers, "?" a verdict that depends on the organization.
    [Theory]
    [MemberData(nameof(Cases))]
    public void LinesTheRolesUpAsTheCaseSays(string roles, string order)
    {
        var lineUp = _lineUp.Order([.. roles.Split(',').Select(ShippedKnowledgeBase.Role)]);

        Assert.Equal(order, Render(lineUp));
    }

    [Fact]
    public void EveryLinkIsTheRankersVerdictBetweenNeighbours()
    {
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var lineUp = _lineUp.Order([.. new[] { "manager", "ceo", "avp", "director", "general-manager" }.Select(ShippedKnowledgeBase.Role)]);
        var flat = lineUp.Tiers.SelectMany(t => t).ToList();

        Assert.Equal(flat.Count - 1, lineUp.Links.Count);
        for (var i = 0; i < lineUp.Links.Count; i++)
        {
            Assert.Equal(ranker.Compare(flat[i], flat[i + 1]).Relation, lineUp.Links[i].Relation);
        }
    }

    [Fact]
    public void TakesAtMostEightRoles()
    {
        var ids = new[] { "ceo", "coo", "cfo", "cto", "evp", "svp", "vice-president", "director", "manager" };
        var lineUp = _lineUp.Order([.. ids.Select(ShippedKnowledgeBase.Role)]);

        Assert.Equal(RoleLineUp.MaxRoles, lineUp.Tiers.Sum(t => t.Count));
    }

    private static string Render(LineUp lineUp)
    {
        var text = lineUp.Tiers[0][0].Id;
        var flat = lineUp.Tiers.SelectMany(t => t).ToList();
        for (var i = 0; i < lineUp.Links.Count; i++)
        {
            var sign = LinkSign(lineUp.Links[i]);
            text += $" {sign} {flat[i + 1].Id}";
        }

        return text;
    }

    private static string LinkSign(RankVerdict verdict) => verdict.Relation switch
    {
        RankRelation.Peers => "=",
        RankRelation.FirstHigher when verdict.Certainty != RankCertainty.ItDepends => ">",
        _ => "?",
    };
}

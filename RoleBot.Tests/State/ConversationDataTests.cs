using System.Text.Json;
using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Tests.State;

public class ConversationDataTests
{
    [Fact]
    public void StateSavedByAnOlderBuildWithRecentActivityIdsStillLoads()
    {
        const string older = """{"welcomed":true,"dialogStack":[],"lastRoleIds":["gm"],"lastIntent":"rank","recentActivityIds":["a1","a2"]}""";

        var data = JsonSerializer.Deserialize<ConversationData>(older, ActivityJson.Options)!;

        Assert.True(data.Welcomed);
        Assert.Equal(["gm"], data.LastRoleIds);
        Assert.DoesNotContain("recentActivityIds", JsonSerializer.Serialize(data, ActivityJson.Options), StringComparison.Ordinal);
    }
}

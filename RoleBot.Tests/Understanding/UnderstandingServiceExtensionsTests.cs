using Microsoft.Extensions.DependencyInjection;
using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding;

public sealed class UnderstandingServiceExtensionsTests
{
    [Fact]
    public void TheAppResolvesARecognizerOverTheShippedKnowledgeBase()
    {
        using var factory = new RoleBotAppFactory();
        var recognizer = factory.Services.GetRequiredService<IRoleRecognizer>();
        var result = recognizer.Recognize("Is COO higher than general manager?");
        Assert.Equal(Intent.Rank, result.Intent);
        Assert.Equal([["coo"], ["general-manager"]], result.Roles.Select(r => r.Candidates.ToArray()).ToArray());
    }
}

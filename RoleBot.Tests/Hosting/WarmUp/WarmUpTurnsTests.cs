using Microsoft.Extensions.DependencyInjection;
using RoleBot.Cards.Model;
using RoleBot.Hosting.WarmUp;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting.WarmUp;

public sealed class WarmUpTurnsTests
{
    [Fact]
    public async Task WelcomesAndAnswersOnEveryRenderer()
    {
        using var app = new RoleBotAppFactory();

        var replies = await app.Services.GetRequiredService<WarmUpTurns>().RunAsync(CancellationToken.None);

        Assert.Equal(WarmUpTurns.Channels.Length * 2, replies.Count);
        Assert.All(replies.Where(r => r.ChannelId != "slack"), r => Assert.Equal(AdaptiveCard.ContentType, Assert.Single(r.Attachments!).ContentType));
        Assert.All(replies.Where(r => r.ChannelId == "slack"), r =>
        {
            Assert.Null(r.Attachments);
            Assert.Contains("\"blocks\"", r.ChannelData!.Value.GetRawText(), StringComparison.Ordinal);
        });
        Assert.Contains(replies, r => r.Text?.Contains("vice president", StringComparison.OrdinalIgnoreCase) == true);
    }
}

using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State;

public class ConversationDataExtensionsTests
{
    [Fact]
    public void GetConversationDataReturnsWhatTheTurnWasGiven()
    {
        var context = new TurnContext(new Activity { Type = "message" }, CardTestContent.Channels, (_, _) => Task.FromResult<string?>(null));
        var data = new ConversationData();

        context.SetConversationData(data);

        Assert.Same(data, context.GetConversationData());
    }

    [Fact]
    public void GetConversationDataOutsideTheAdapterExplainsWhatIsMissing()
    {
        var context = new TurnContext(new Activity { Type = "message" }, CardTestContent.Channels, (_, _) => Task.FromResult<string?>(null));

        var error = Assert.Throws<InvalidOperationException>(() => context.GetConversationData());

        Assert.Contains(ConversationDataExtensions.TurnStateKey, error.Message);
    }
}

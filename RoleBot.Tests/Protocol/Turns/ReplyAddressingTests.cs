using RoleBot.Protocol;
using RoleBot.Protocol.Turns;

namespace RoleBot.Tests.Protocol.Turns;

public class ReplyAddressingTests
{
    private static Activity Inbound(string type = "message", string channelId = "msteams") => new()
    {
        Type = type,
        Id = "in-1",
        ChannelId = channelId,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        From = new ChannelAccount { Id = "29:user", Name = "Megan", AadObjectId = "aad" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "RoleBot" },
        Conversation = new ConversationAccount { Id = "19:c@thread.tacv2", IsGroup = true, ConversationType = "channel", TenantId = "t1" },
        Locale = "en-GB",
    };

    [Fact]
    public void ReplySwapsFromAndRecipientAndCopiesTheConversation()
    {
        var inbound = Inbound();
        var reply = new Activity { Text = "hi", Id = "stale" };

        ReplyAddressing.Apply(inbound, reply);

        Assert.Equal("message", reply.Type);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("aad", reply.Recipient.AadObjectId);
        Assert.Equal("19:c@thread.tacv2", reply.Conversation!.Id);
        Assert.Equal("t1", reply.Conversation.TenantId);
        Assert.NotSame(inbound.Conversation, reply.Conversation);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void ReplyKeepsItsOwnType()
    {
        var reply = new Activity { Type = "typing" };

        ReplyAddressing.Apply(Inbound(), reply);

        Assert.Equal("typing", reply.Type);
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public void WelcomeOnDirectLineIsNotThreaded(string channelId)
    {
        var reply = new Activity { Text = "welcome" };

        ReplyAddressing.Apply(Inbound("conversationUpdate", channelId), reply);

        Assert.Null(reply.ReplyToId);
    }

    [Fact]
    public void WelcomeOnTeamsIsThreaded()
    {
        var reply = new Activity { Text = "welcome" };

        ReplyAddressing.Apply(Inbound("conversationUpdate", "msteams"), reply);

        Assert.Equal("in-1", reply.ReplyToId);
    }

    [Fact]
    public void InboundWithoutLocaleKeepsTheReplysLocale()
    {
        var inbound = Inbound();
        inbound.Locale = null;
        var reply = new Activity { Locale = "de-DE" };

        ReplyAddressing.Apply(inbound, reply);

        Assert.Equal("de-DE", reply.Locale);
    }
}

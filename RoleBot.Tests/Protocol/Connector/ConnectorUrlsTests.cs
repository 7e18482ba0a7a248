using RoleBot.Protocol;
using RoleBot.Protocol.Connector;

namespace RoleBot.Tests.Protocol.Connector;

public class ConnectorUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "19:abc@thread.tacv2;messageid=1718", "1718",
        "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1718/activities/1718")]
    [InlineData("https://smba.trafficmanager.net/amer", "a:1B2c", null,
        "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1B2c/activities")]
    [InlineData("http://localhost:55109", "5f1e-9a|livechat", "3a0b|0000001",
        "http://localhost:55109/v3/conversations/5f1e-9a%7Clivechat/activities/3a0b%7C0000001")]
    [InlineData("http://127.0.0.1:56150/_connector", "personal chat/1", "",
        "http://127.0.0.1:56150/_connector/v3/conversations/personal%20chat%2F1/activities")]
    public void BuildsEscapedActivityUrls(string serviceUrl, string conversationId, string? replyToId, string expected)
    {
        var uri = ConnectorUrls.Activities(serviceUrl, conversationId, replyToId);

        Assert.Equal(expected, uri.AbsoluteUri);
    }

    [Fact]
    public void ReplyUrlThreadsUnderReplyToId()
    {
        var reply = new Activity { ServiceUrl = "http://localhost:1", Conversation = new ConversationAccount { Id = "c" }, ReplyToId = "r" };

        Assert.Equal("http://localhost:1/v3/conversations/c/activities/r", ConnectorUrls.ForReply(reply).AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relative")]
    [InlineData("file:///etc/passwd")]
    public void RefusesServiceUrlsThatAreNotAbsoluteHttp(string serviceUrl)
    {
        Assert.Throws<ArgumentException>(() => ConnectorUrls.Activities(serviceUrl, "c", null));
    }

    [Fact]
    public void ReplyWithoutConversationCannotBeAddressed()
    {
        var reply = new Activity { ServiceUrl = "http://localhost:1/" };

        Assert.Throws<InvalidOperationException>(() => ConnectorUrls.ForReply(reply));
    }
}

using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>
/// The watermark is the last sequence number the client saw. With the echo bot a conversation holds exactly: the
/// welcome (1), the echo of "twice" (2) and its two replies (3, 4). Bogus values read as "from the start", never as an error.
/// </summary>
public class WatermarkTests(EchoDirectLineApp factory) : IClassFixture<EchoDirectLineApp>
{
    private readonly DirectLineTestClient _client = factory.CreateDirectLineClient();

    public static TheoryData<string> Cases => WatermarkCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task APollReturnsWhatCameAfterTheWatermark(string name)
    {
        var testCase = WatermarkCase.Get(name);
        var ticket = await FourActivitiesAsync();

        var page = await _client.PollAsync(ticket.Token, ticket.ConversationId, Uri.EscapeDataString(testCase.Watermark));

        Assert.Equal(testCase.Sequences.Select(s => $"{ticket.ConversationId}|{s:0000000}"), page.Activities.Select(a => a.Str("id")));
        Assert.Equal("4", page.Watermark);
    }

    [Fact]
    public async Task AnEmptyConversationStillReturnsAWatermark()
    {
        var ticket = await _client.PageTokenAsync();

        var page = await _client.PollAsync(ticket.Token, ticket.ConversationId);

        Assert.Empty(page.Activities);
        Assert.Equal("0", page.Watermark);
    }

    [Fact]
    public async Task APollWithoutAWatermarkParameterReturnsEverything()
    {
        var ticket = await FourActivitiesAsync();

        var page = await _client.PollAsync(ticket.Token, ticket.ConversationId, watermark: null);

        Assert.Equal(4, page.Activities.Length);
    }

    [Fact]
    public async Task ReplayingEachReturnedWatermarkSeesEveryActivityExactlyOnce()
    {
        var ticket = await _client.OpenAsync();
        var seen = new List<string>();
        var watermark = "";
        foreach (var text in new[] { "one", "twice", "three" })
        {
            await _client.SendMessageAsync(ticket, WebChatActivities.Message(text));
            var page = await _client.PollAsync(ticket.Token, ticket.ConversationId, watermark);
            seen.AddRange(page.Activities.Select(a => a.Str("id")!));
            watermark = page.Watermark;
        }

        Assert.Equal(Enumerable.Range(1, 8).Select(s => $"{ticket.ConversationId}|{s:0000000}"), seen);
    }

    private async Task<Ticket> FourActivitiesAsync()
    {
        var ticket = await _client.OpenAsync();
        await _client.SendMessageAsync(ticket, WebChatActivities.Message("twice"));
        return ticket;
    }
}

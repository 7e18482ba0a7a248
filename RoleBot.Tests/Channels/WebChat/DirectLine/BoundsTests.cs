using System.Net;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>Memory and rate bounds, each with its own app so the setting and the clock are the test's alone.</summary>
public class BoundsTests
{
    [Fact]
    public async Task HistoryKeepsTheLastActivitiesAndWatermarksStayValid()
    {
        await using var app = App(("MaxActivitiesPerConversation", "3"));
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        foreach (var text in new[] { "a", "b", "c" })
        {
            await client.SendMessageAsync(ticket, WebChatActivities.Message(text));
        }

        var all = await client.PollAsync(ticket.Token, ticket.ConversationId);
        var recent = await client.PollAsync(ticket.Token, ticket.ConversationId, "5");
        Assert.Equal(["c", "echo c #3"], recent.Activities.Select(a => a.Str("text")));
        Assert.Equal(["echo b #2", "c", "echo c #3"], all.Activities.Select(a => a.Str("text")));
        Assert.Equal($"{ticket.ConversationId}|0000007", all.Activities[^1].Str("id"));
        Assert.Equal("7", all.Watermark);
    }

    [Fact]
    public async Task HistoryStaysWithinItsByteBudgetAndKeepsTheNewest()
    {
        await using var app = App(("MaxHistoryBytesPerConversation", "65536"));
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        // Bodies near the 256 KB protocol limit: a count bound alone would keep a hundred of them per conversation.
        var large = new string('x', 200 * 1024);
        foreach (var n in new[] { "1", "2", "3" })
        {
            await client.SendMessageAsync(ticket, WebChatActivities.Message(n + large));
        }

        var page = await client.PollAsync(ticket.Token, ticket.ConversationId);
        Assert.Equal("7", page.Watermark);
        var kept = Assert.Single(page.Activities);
        Assert.Equal($"{ticket.ConversationId}|0000007", kept.Str("id"));
        Assert.StartsWith("echo 3x", kept.Str("text"));
    }

    [Fact]
    public async Task HistoryUnderItsByteBudgetKeepsEverything()
    {
        await using var app = App(("MaxHistoryBytesPerConversation", "65536"));
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        foreach (var text in new[] { "a", "b", "c" })
        {
            await client.SendMessageAsync(ticket, WebChatActivities.Message(text + new string('y', 4000)));
        }

        Assert.Equal(7, (await client.PollAsync(ticket.Token, ticket.ConversationId)).Activities.Length);
    }

    [Fact]
    public async Task PostsOverTheRateGet429WithRetryAfterUntilTheMinutePasses()
    {
        await using var app = App(("MaxPostsPerMinute", "2"));
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();
        await client.SendMessageAsync(ticket, WebChatActivities.Message("one"));
        app.Clock.Advance(TimeSpan.FromSeconds(20));
        await client.SendMessageAsync(ticket, WebChatActivities.Message("two"));

        using var refused = await client.PostAsync(ticket, WebChatActivities.Message("three"));
        app.Clock.Advance(TimeSpan.FromSeconds(40));
        var accepted = await client.SendMessageAsync(ticket, WebChatActivities.Message("four"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Headers.RetryAfter?.Delta);
        Assert.NotEmpty(accepted);
        var texts = (await client.PollAsync(ticket.Token, ticket.ConversationId)).Activities.Select(a => a.Str("text"));
        Assert.DoesNotContain("three", texts);
    }

    [Fact]
    public async Task PollsOverTheRateGetAnEmptyPageWithTheirOwnWatermarkNeverAnError()
    {
        await using var app = App(("MaxPollsPerMinute", "2"));
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();
        await client.PollAsync(ticket.Token, ticket.ConversationId);
        await client.PollAsync(ticket.Token, ticket.ConversationId);

        var throttled = await client.PollAsync(ticket.Token, ticket.ConversationId, "0");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var served = await client.PollAsync(ticket.Token, ticket.ConversationId, "0");

        Assert.Empty(throttled.Activities);
        Assert.Equal("0", throttled.Watermark);
        Assert.Single(served.Activities);
    }

    [Fact]
    public async Task TheLeastRecentlyUsedConversationIsEvictedAtTheCap()
    {
        await using var app = App(("MaxConversations", "2"));
        var client = app.CreateDirectLineClient();
        var oldest = await client.OpenAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var recent = await client.OpenAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await client.PollAsync(oldest.Token, oldest.ConversationId);
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        await client.OpenAsync();

        await client.PollAsync(oldest.Token, oldest.ConversationId);
        using var evicted = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{recent.ConversationId}/activities", recent.Token);
        Assert.Equal(HttpStatusCode.NotFound, evicted.StatusCode);
    }

    [Fact]
    public async Task AnIdleConversationExpiresAndItsTokenCanNoLongerBeRefreshed()
    {
        await using var app = App(("ConversationIdleExpiry", "00:10:00"));
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(9));
        await client.PollAsync(ticket.Token, ticket.ConversationId);
        app.Clock.Advance(TimeSpan.FromMinutes(10));

        using var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ticket.ConversationId}/activities", ticket.Token);
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", ticket.Token);

        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refresh.StatusCode);
    }

    [Fact]
    public async Task ThePageTokenIsBoundedPerClient()
    {
        await using var app = App(("TokenRequestsPerMinutePerClient", "2"));
        var client = app.CreateDirectLineClient();
        await client.PageTokenAsync();
        await client.PageTokenAsync();

        using var refused = await client.Http.PostAsync("/api/webchat/token", null);
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        await client.PageTokenAsync();
    }

    private static RoleBotAppFactory App(params (string Key, string Value)[] settings)
    {
        var options = DirectLineApp.With(echoBot: true);
        foreach (var (key, value) in settings)
        {
            options.Settings[$"RoleBot:DirectLine:{key}"] = value;
        }

        return new RoleBotAppFactory(options);
    }
}

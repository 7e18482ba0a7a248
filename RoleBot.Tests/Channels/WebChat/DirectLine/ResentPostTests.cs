using System.Net;
using System.Text.Json;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>
/// Web Chat re-sends a post whose POST failed with the same channelData.clientActivityID: it keeps its first id and
/// is answered once, whether the first attempt had answered it or was still running.
/// </summary>
public sealed class ResentPostTests
{
    [Fact]
    public async Task APostSentAgainAfterItWasAnsweredKeepsItsIdAndIsNotAnsweredAgain()
    {
        await using var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        var first = await client.SendMessageAsync(ticket, WebChatActivities.Message("hello", "client-1"));
        await client.PollUntilAsync(ticket, "", all => all.Any(a => a.Str("replyToId") == first));
        var again = await client.SendMessageAsync(ticket, WebChatActivities.Message("hello", "client-1"));

        Assert.Equal(first, again);
        await AssertAnsweredOnceAsync(client, ticket, first, "echo hello #1");
    }

    [Fact]
    public async Task APostSentAgainWhileItsFirstAttemptRunsIsAnsweredOnce()
    {
        await using var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        var firstAttempt = client.PostAsync(ticket, WebChatActivities.Message("answer then block", "client-2"));
        await app.Recorder.WaitForAsync(a => a.Text == "answer then block");
        var secondAttempt = client.PostAsync(ticket, WebChatActivities.Message("answer then block", "client-2"));
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        app.Gate.Open();

        using var first = await firstAttempt;
        using var second = await secondAttempt;
        var ids = new[] { await IdOf(first), await IdOf(second) };
        Assert.Equal(ids[0], ids[1]);
        await AssertAnsweredOnceAsync(client, ticket, ids[0], "echo answer then block #1");
    }

    [Fact]
    public async Task PostsWithDifferentClientActivityIdsAreEachAnswered()
    {
        await using var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        var first = await client.SendMessageAsync(ticket, WebChatActivities.Message("hello", "client-a"));
        var second = await client.SendMessageAsync(ticket, WebChatActivities.Message("hello", "client-b"));

        Assert.NotEqual(first, second);
        var seen = await client.PollUntilAsync(ticket, "", all => all.Any(a => a.Str("replyToId") == second));
        Assert.Contains(seen, a => a.Str("replyToId") == second && a.Str("text") == "echo hello #2");
    }

    /// <summary>One user activity and one answer for the post, and the state counted it once (the next turn is #2).</summary>
    internal static async Task AssertAnsweredOnceAsync(DirectLineTestClient client, Ticket ticket, string postId, string answer)
    {
        var next = await client.SendMessageAsync(ticket, WebChatActivities.Message("next", $"next-{postId}"));
        var seen = await client.PollUntilAsync(ticket, "", all => all.Any(a => a.Str("replyToId") == next));

        Assert.Single(seen, a => a.Str("id") == postId);
        Assert.Equal([answer], seen.Where(a => a.Str("replyToId") == postId).Select(a => a.Str("text")));
        Assert.Equal("echo next #2", seen.Single(a => a.Str("replyToId") == next).Str("text"));
    }

    private static async Task<string> IdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }
}

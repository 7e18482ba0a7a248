using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>Direct Line logs metadata only: never tokens, the secret, what the user typed or the raw conversation id.</summary>
public class LoggingTests
{
    [Fact]
    public async Task AWholeSessionLeavesNoTokenSecretOrMessageTextInTheLogs()
    {
        await using var app = new DirectLineApp();
        var client = app.CreateDirectLineClient();
        var generated = await client.GenerateAsync();
        var ticket = await client.StartAsync(generated.Token);
        await client.SendMessageAsync(ticket, WebChatActivities.Message("who is higher, GM or VP? my-private-words", "client-secretish-id"));
        await client.PollAsync(ticket.Token, ticket.ConversationId);
        using var refused = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ticket.ConversationId}/activities", ticket.Token + "x");
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", ticket.Token);

        var lines = app.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("posted to conversation", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("refused with 403", StringComparison.Ordinal));
        foreach (var secret in new[] { generated.Token, ticket.Token, ticket.Token.Split('.')[2], DirectLineApp.Secret, "my-private-words", "client-secretish-id" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(lines.Where(l => l.Contains("DirectLine", StringComparison.Ordinal)), l => l.Contains(ticket.ConversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASenderChosenActivityTypeCannotForgeALogLine()
    {
        await using var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();
        var activity = WebChatActivities.Message("hi");
        activity["type"] = "custom\nfail: forged line";

        using var response = await client.PostAsync(ticket, activity);

        // Only message, event and typing are accepted, so the refusal names no sender-chosen type at all.
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.Contains("refused with 400: Direct Line accepts message, event and typing", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("forged", StringComparison.Ordinal));
    }
}

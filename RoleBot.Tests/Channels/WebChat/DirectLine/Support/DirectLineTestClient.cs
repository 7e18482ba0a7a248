using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>Talks to the Direct Line endpoints the way DirectLineJS (polling) and Web Chat do.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, JsonNode? body = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request);
    }

    public async Task<Ticket> PageTokenAsync()
    {
        using var response = await Http.PostAsync("/api/webchat/token", null);
        return await Ticket.ReadAsync(response, HttpStatusCode.OK);
    }

    public async Task<Ticket> GenerateAsync(JsonNode? body = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/tokens/generate", DirectLineApp.Secret, body);
        return await Ticket.ReadAsync(response, HttpStatusCode.OK);
    }

    public async Task<Ticket> StartAsync(string bearer, HttpStatusCode expected = HttpStatusCode.Created, JsonNode? body = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/conversations", bearer, body ?? new JsonObject { ["user"] = new JsonObject() });
        return await Ticket.ReadAsync(response, expected);
    }

    /// <summary>A page token and a started conversation: what the page at "/" does before its first poll.</summary>
    public async Task<Ticket> OpenAsync() => await StartAsync((await PageTokenAsync()).Token);

    public async Task<ActivityPage> PollAsync(string bearer, string conversationId, string? watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities?watermark={watermark}", bearer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ActivityPage.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls until <paramref name="done"/> holds for everything seen after <paramref name="watermark"/>.</summary>
    public async Task<JsonElement[]> PollUntilAsync(Ticket ticket, string watermark, Func<JsonElement[], bool> done)
    {
        var seen = new List<JsonElement>();
        using var timeout = new CancellationTokenSource(TestTimeouts.Generous);
        while (true)
        {
            var page = await PollAsync(ticket.Token, ticket.ConversationId, watermark);
            seen.AddRange(page.Activities);
            watermark = page.Watermark;
            if (done([.. seen]))
            {
                return [.. seen];
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async Task<HttpResponseMessage> PostAsync(Ticket ticket, JsonNode activity) =>
        await SendAsync(HttpMethod.Post, $"{Base}/conversations/{ticket.ConversationId}/activities", ticket.Token, activity);

    /// <summary>Posts and returns the id Direct Line assigned (asserting 200).</summary>
    public async Task<string> SendMessageAsync(Ticket ticket, JsonNode activity)
    {
        using var response = await PostAsync(ticket, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }
}

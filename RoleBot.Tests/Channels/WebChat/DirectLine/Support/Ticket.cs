using System.Net;
using System.Text.Json;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>Direct Line's {conversationId, token, expires_in}.</summary>
public sealed record Ticket(string ConversationId, string Token, int ExpiresIn)
{
    public static async Task<Ticket> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return new Ticket(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, json.GetProperty("expires_in").GetInt32());
    }

    /// <summary>The token's payload, decoded as DirectLineJS does (no verification).</summary>
    public JsonElement Claims => JsonDocument.Parse(Base64Url(Token.Split('.')[1])).RootElement;

    private static byte[] Base64Url(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}

/// <summary>A poll's answer.</summary>
public sealed record ActivityPage(JsonElement[] Activities, string Watermark)
{
    public static ActivityPage Parse(string body)
    {
        var json = JsonDocument.Parse(body).RootElement;
        return new ActivityPage([.. json.GetProperty("activities").EnumerateArray()], json.GetProperty("watermark").GetString()!);
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Support;

/// <summary>Builds inbound activity JSON the way the Emulator and Teams send it.</summary>
public static class ActivityBodies
{
    public static JsonObject Message(string? text, string serviceUrl = "http://localhost:9/", string? conversationId = null, string? id = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id ?? Guid.NewGuid().ToString(),
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? $"{Guid.NewGuid()}|livechat" },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    public static JsonObject ExpectReplies(this JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    public static JsonObject Invoke(string name, string serviceUrl = "http://localhost:9/")
    {
        var activity = Message(null, serviceUrl);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute" } };
        return activity;
    }

    public static StringContent Json(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity) =>
        client.PostAsync("/api/messages", Json(activity.ToJsonString()));
}

using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Teams.Support;

/// <summary>Inbound activities shaped like Teams sends them (docs/protocol.md §5.1 and §5.2).</summary>
internal static class TeamsPayloads
{
    public const string BotId = "28:3f0c6f61-rolebot";
    public const string BotName = "RoleBot";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static string NewChannelId() => $"19:{Guid.NewGuid():N}@thread.tacv2";

    public static string NewGroupChatId() => $"19:{Guid.NewGuid():N}@thread.v2";

    public static string NewPersonalId() => $"a:1{Guid.NewGuid():N}";

    public static string NewActivityId() => $"17{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";

    /// <summary>A message in the given scope; in shared scopes the bot is @mentioned as Teams requires.</summary>
    public static JsonObject Message(string text, string scope, string conversationId, string serviceUrl, string? id = null)
    {
        var mention = scope != "personal";
        var activity = Base("message", scope, conversationId, serviceUrl, id);
        activity["text"] = mention ? $"<at>{BotName}</at> {text}" : text;
        activity["textFormat"] = "plain";
        var entities = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web" });
        if (mention)
        {
            entities.Insert(0, new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = $"<at>{BotName}</at>",
            });
        }

        activity["entities"] = entities;
        return activity;
    }

    /// <summary>Members added to a conversation; in a team Teams sends eventType teamMemberAdded.</summary>
    public static JsonObject MembersAdded(string scope, string conversationId, string serviceUrl, params string[] memberIds)
    {
        var activity = Base("conversationUpdate", scope, conversationId, serviceUrl, null);
        activity["membersAdded"] = new JsonArray([.. memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        if (scope == "channel")
        {
            activity["channelData"]!["eventType"] = "teamMemberAdded";
        }

        return activity;
    }

    public static JsonObject Installation(string action, string scope, string conversationId, string serviceUrl)
    {
        var activity = Base("installationUpdate", scope, conversationId, serviceUrl, null);
        activity["action"] = action;
        return activity;
    }

    public static JsonObject Invoke(string name, JsonNode? value, string scope = "personal", string? conversationId = null, string serviceUrl = "http://127.0.0.1:9/")
    {
        var activity = Base("invoke", scope, conversationId ?? NewPersonalId(), serviceUrl, null);
        activity["name"] = name;
        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    private static JsonObject Base(string type, string scope, string conversationId, string serviceUrl, string? id)
    {
        var conversation = new JsonObject { ["conversationType"] = scope, ["tenantId"] = TenantId, ["id"] = conversationId };
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        if (scope != "personal")
        {
            conversation["isGroup"] = true;
        }

        if (scope == "channel")
        {
            var channel = conversationId.Split(';')[0];
            channelData["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = "Contoso" };
            channelData["channel"] = new JsonObject { ["id"] = channel, ["name"] = "General" };
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? NewActivityId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:1megan", ["name"] = "Megan Bowen", ["aadObjectId"] = "7f1b0d1c-0000-4000-8000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = conversation,
            ["channelData"] = channelData,
            ["locale"] = "en-US",
        };
    }
}

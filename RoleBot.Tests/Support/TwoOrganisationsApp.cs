using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.Teams.Support;

namespace RoleBot.Tests.Support;

/// <summary>
/// The real app with two organisations that share titles at different levels (Alpha: a Director above a VP; Beta:
/// a VP above a Director), each with titles the other lacks, for answers and isolation tests. Messages use
/// expectReplies, so replies come back in the HTTP response.
/// </summary>
public sealed class TwoOrganisationsApp : IAsyncLifetime
{
    public const string TenantA = "aaaaaaaa-1111-4111-8111-111111111111";
    public const string TenantB = "bbbbbbbb-2222-4222-8222-222222222222";
    public const string SlackB = "TBETA00001";

    private static readonly string Root = CreateRoot();
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public RoleBotAppFactory App { get; } = new(new RoleBotAppOptions
    {
        Settings = { ["RoleBot:OrganisationsPath"] = Root, ["RoleBot:WebChat:Organisation"] = "beta" },
    });

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = App.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Everything the bot sent back for one Teams message from the tenant (null: no tenant at all).</summary>
    public async Task<string> AskInTeamsAsync(string text, string? tenant)
    {
        var message = TeamsPayloads.Message(text, "personal", TeamsPayloads.NewPersonalId(), "http://127.0.0.1:9/");
        message["channelData"] = tenant is null ? new JsonObject() : new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        message["conversation"]!["tenantId"] = null;
        return await RepliesAsync(message);
    }

    public async Task<string> AskInSlackAsync(string text, string team)
    {
        var message = ActivityBodies.Message(text);
        message["channelId"] = "slack";
        message["from"]!["id"] = $"U0USER0001:{team}";
        message["conversation"] = new JsonObject { ["id"] = $"A0APP0001:{team}:D0DM00001", ["isGroup"] = false, ["conversationType"] = "personal" };
        return await RepliesAsync(message);
    }

    public async Task<string> AskInWebChatAsync(string text)
    {
        var message = ActivityBodies.Message(text);
        message["channelId"] = "webchat";
        return await RepliesAsync(message);
    }

    /// <summary>The message-extension search result of a Teams user of the tenant.</summary>
    public async Task<string> SearchInTeamsAsync(string query, string tenant)
    {
        var invoke = TeamsPayloads.Invoke("composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchQuery",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "searchQuery", ["value"] = query }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        });
        invoke["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        using var response = await Client.PostActivityAsync(invoke);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> RepliesAsync(JsonObject message)
    {
        message["deliveryMode"] = "expectReplies";
        using var response = await Client.PostActivityAsync(message);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.ToJsonString(Readable) ?? "";
    }

    private static string CreateRoot()
    {
        var root = TestOrganisations.TempRoot();
        TestOrganisations.Write(root, "alpha", "Alpha",
            "Chief Executive Officer,9,,,CEO\nGroup Head,8,Engineering,Chief Executive Officer,\nDirector,5,Engineering,Group Head,\nVice President,4,Engineering,Director,VP\n"
            + "Staff Engineer,5,Engineering,Director,\nAlpha Wrangler,2,Engineering,Vice President,\n",
            [TenantA], ["TALPHA0001"]);
        TestOrganisations.Write(root, "beta", "Beta",
            "Chief Executive Officer,9,,,CEO\nVice President,7,Sales,Chief Executive Officer,VP\nPartner Director,6,Sales,Vice President,\nDirector,3,Sales,Partner Director,\n"
            + "Zeppelin Captain,5,Sales,Vice President,Zep Cap\n",
            [TenantB], [SlackB]);
        return root;
    }
}

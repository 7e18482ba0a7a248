using System.Text;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Protocol.Http.TestData;

/// <summary>
/// One case of TestData/reply-bytes.json: an expectReplies question on a channel, and in TestData/ReplyBytes/{name}.json
/// the exact response body RoleBot answered it with when the case was recorded.
/// </summary>
public sealed record ReplyBytesCase(string Name, string ChannelId, string Text)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Protocol", "Http", "TestData");

    public static TheoryData<string> Names() => [.. Load().Select(c => c.Name)];

    public static ReplyBytesCase Get(string name) => Load().Single(c => c.Name == name);

    /// <summary>The request, byte for byte the same on every run, so the response can be too.</summary>
    public byte[] Request() => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"{Name}-activity",
        ["channelId"] = ChannelId,
        ["serviceUrl"] = "http://localhost:9/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = $"{Name}-conversation" },
        ["locale"] = "en-US",
        ["text"] = Text,
    }.ToJsonString());

    public string ExpectedPath => Path.Combine(Folder, "ReplyBytes", $"{Name}.json");

    /// <summary>The file in the repository (above the build output), where a re-recording goes.</summary>
    public string SourcePath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RoleBot.Tests.csproj")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("RoleBot.Tests/ not found above the test output"),
                "Protocol", "Http", "TestData", "ReplyBytes", $"{Name}.json");
        }
    }

    private static IEnumerable<ReplyBytesCase> Load()
    {
        foreach (var node in JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "reply-bytes.json")))!.AsArray())
        {
            yield return new ReplyBytesCase(node!["name"]!.GetValue<string>(), node["channelId"]!.GetValue<string>(), node["text"]!.GetValue<string>());
        }
    }

    public override string ToString() => Name;
}

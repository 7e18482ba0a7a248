using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>TestData/credentials.json: for each kind of Authorization, the status every endpoint must answer.</summary>
public static class CredentialCase
{
    private static readonly Lazy<JsonArray> All = new(() => JsonNode.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Channels", "WebChat", "DirectLine", "TestData", "credentials.json")))!.AsArray());

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in All.Value)
        {
            foreach (var endpoint in entry!["expect"]!.AsObject())
            {
                data.Add(entry["credential"]!.GetValue<string>(), endpoint.Key);
            }
        }

        return data;
    }

    public static int Expected(string credential, string endpoint) =>
        All.Value.Single(e => e!["credential"]!.GetValue<string>() == credential)!["expect"]![endpoint]!.GetValue<int>();
}

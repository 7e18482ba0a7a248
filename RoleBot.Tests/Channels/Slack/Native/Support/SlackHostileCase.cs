using System.Text;
using System.Text.Json;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>
/// A signed request Slack would never send (TestData/hostile-requests.json) and the status it must get. Bodies are
/// UTF-8 unless <see cref="Latin1"/> (one byte per character, to send bytes that are not UTF-8); <see cref="Nest"/>
/// builds an object nested that deep; "{responseUrl}" becomes a response_url of the fake Slack.
/// </summary>
internal sealed record SlackHostileCase(string Name, string Path, string? Body, bool Form, bool Latin1, int Nest, string? ContentType, int Status, bool NoRetry)
{
    public static IReadOnlyList<SlackHostileCase> All { get; } = JsonSerializer.Deserialize<List<SlackHostileCase>>(
        File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Channels", "Slack", "Native", "TestData", "hostile-requests.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public static SlackHostileCase Find(string name) => All.Single(c => c.Name == name);

    public byte[] Bytes(string responseUrl)
    {
        var text = Nest > 0
            ? string.Concat(Enumerable.Repeat("{\"a\":", Nest)) + "1" + new string('}', Nest)
            : Body!.Replace("{responseUrl}", Uri.EscapeDataString(responseUrl), StringComparison.Ordinal);
        return Latin1 ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
    }

    public string MediaType => ContentType ?? (Form ? "application/x-www-form-urlencoded" : "application/json");
}

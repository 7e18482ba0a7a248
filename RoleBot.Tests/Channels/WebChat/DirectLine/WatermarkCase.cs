using System.Text.Json;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>One case of TestData/watermarks.json: the watermark a poll sends and the sequence numbers it must get back.</summary>
public sealed record WatermarkCase(string Name, string Watermark, long[] Sequences)
{
    private static readonly Lazy<WatermarkCase[]> All = new(() => JsonSerializer.Deserialize<WatermarkCase[]>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "WebChat", "DirectLine", "TestData", "watermarks.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string> Names() => [.. All.Value.Select(c => c.Name)];

    public static WatermarkCase Get(string name) => All.Value.Single(c => c.Name == name);

    public override string ToString() => Name;
}

using System.Text.Json;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>One case of TestData/dialogs.json: a question, then a click on the card's button with the given action.</summary>
public sealed record DialogCase(string Name, string Question, string[] FirstCardMentions, string Click, string[] NextCardMentions)
{
    private static readonly Lazy<DialogCase[]> All = new(() => JsonSerializer.Deserialize<DialogCase[]>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "WebChat", "DirectLine", "TestData", "dialogs.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string> Names() => [.. All.Value.Select(c => c.Name)];

    public static DialogCase Get(string name) => All.Value.Single(c => c.Name == name);

    public override string ToString() => Name;
}

using System.Text.Json.Serialization;
using RoleBot.Content.Templates;

namespace RoleBot.Dialogs.Content;

/// <summary>
/// The editable part of a dialog (dialogs/&lt;name&gt;/&lt;name&gt;.dialog.json): its texts and retry limit, so
/// content editors change wording without touching C#. Texts may contain ${placeholders}, filled in by the
/// one <see cref="TemplateRenderer"/> that also words the answers.
/// </summary>
public sealed record DialogContent
{
    [JsonIgnore]
    public string Name { get; init; } = "";

    /// <summary>The file the texts came from, as errors name it.</summary>
    [JsonIgnore]
    public string File => $"dialogs/{Name}/{Name}.dialog.json";

    public int MaxRetries { get; init; } = 2;

    public Dictionary<string, string> Texts { get; init; } = [];

    /// <summary>Role ids offered as examples when the bot has nothing closer to suggest.</summary>
    public List<string> ExampleRoles { get; init; } = [];

    /// <summary>Named word lists a dialog reads its cues from (e.g. what makes a career question "what is higher").</summary>
    public Dictionary<string, List<string>> Lists { get; init; } = [];

    public IReadOnlyList<string> List(string key) => Lists.GetValueOrDefault(key) ?? [];

    /// <summary>The text for <paramref name="key"/> if the editor wrote one, else the text for <paramref name="fallbackKey"/>.</summary>
    public string TextOr(string key, string fallbackKey, params (string Name, string Value)[] values) =>
        Text(Texts.ContainsKey(key) ? key : fallbackKey, values);

    public string Text(string key, params (string Name, string Value)[] values)
    {
        if (!Texts.TryGetValue(key, out var text))
        {
            throw new InvalidOperationException($"{File} has no text '{key}'.");
        }

        return TemplateRenderer.Render(File, key, text, values);
    }
}

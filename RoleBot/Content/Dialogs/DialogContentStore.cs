using System.Collections.Concurrent;
using System.Text.Json;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;

namespace RoleBot.Content.Dialogs;

/// <summary>
/// Serves each dialog's content file (dialogs/&lt;name&gt;/&lt;name&gt;.dialog.json), checked against the texts the
/// code renders and the values it provides for each, and reloads it the way every content file reloads
/// (<see cref="ContentSource{T}"/>).
/// </summary>
public sealed class DialogContentStore(IConfiguration configuration, ILogger<DialogContentStore> logger, TimeProvider time)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly ConcurrentDictionary<string, ContentSource<DialogContent>> _sources = new(StringComparer.Ordinal);

    /// <summary>The dialog's content; the first call for a name loads it (and throws if it is broken), later calls may see an edit.</summary>
    public DialogContent Get(string dialogName, IReadOnlyList<TemplateKey> texts) =>
        _sources.GetOrAdd(dialogName, name => Open(name, texts)).Current;

    private ContentSource<DialogContent> Open(string name, IReadOnlyList<TemplateKey> texts)
    {
        var path = Path.Combine(ContentPaths.DialogsRoot(configuration), name, $"{name}.dialog.json");
        return new ContentSource<DialogContent>($"dialog {name}", path, [path], () => Load(name, path, texts), logger, time);
    }

    public static DialogContent Load(string name, string path, IReadOnlyList<TemplateKey> texts)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The content file for dialog '{name}' is missing: {path}.", path);
        }

        DialogContent content;
        try
        {
            content = JsonSerializer.Deserialize<DialogContent>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid dialog content: {e.Message}", e);
        }

        var problems = TemplateChecks.Problems(content.Texts, texts, strayKeysAreErrors: false).ToList();
        if (content.MaxRetries < 0)
        {
            problems.Add("maxRetries must not be negative");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: {string.Join("; ", problems)}.");
        }

        return content with { Name = name };
    }
}

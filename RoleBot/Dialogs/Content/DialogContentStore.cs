using System.Collections.Concurrent;
using System.Text.Json;
using RoleBot.Hosting;

namespace RoleBot.Dialogs.Content;

/// <summary>Reads each dialog's content file once, checking that every text the code uses is there.</summary>
public sealed class DialogContentStore(IConfiguration configuration)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly ConcurrentDictionary<string, DialogContent> _loaded = new(StringComparer.Ordinal);

    public DialogContent Get(string dialogName, IEnumerable<string> requiredTexts) =>
        _loaded.GetOrAdd(dialogName, name => Load(name, requiredTexts));

    private DialogContent Load(string name, IEnumerable<string> requiredTexts)
    {
        var path = Path.Combine(ContentPaths.DialogsRoot(configuration), name, $"{name}.dialog.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The content file for dialog '{name}' is missing.", path);
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

        var missing = requiredTexts.Where(key => !content.Texts.ContainsKey(key)).ToList();
        if (missing.Count > 0 || content.MaxRetries < 0)
        {
            throw new InvalidDataException(missing.Count > 0
                ? $"{path} lacks the texts: {string.Join(", ", missing)}."
                : $"{path}: maxRetries must not be negative.");
        }

        return content with { Name = name };
    }
}

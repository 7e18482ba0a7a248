using System.Text;
using System.Text.Json;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Understanding;

namespace RoleBot.Benchmarks;

/// <summary>
/// Prints what the recognizer makes of every string in the tests' data files and the intent examples, one line each,
/// so a speed change can be diffed against the build before it: any difference in a line is a change of behaviour.
/// </summary>
public static class GoldenUnderstanding
{
    public static void Run(string testsFolder, string output)
    {
        var dialogs = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("dialogs/ not found");
        var kb = KnowledgeBaseLoader.LoadFile(KnowledgeBaseLocation.Default(dialogs));
        var model = new UnderstandingModel(kb, NluContentReader.Read(Path.Combine(dialogs, NluContentReader.RelativePath)));
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(testsFolder, "*.json", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
                     .Concat(Directory.EnumerateFiles(Path.Combine(dialogs, NluContentReader.RelativePath), "*.json")))
        {
            try
            {
                Collect(JsonDocument.Parse(File.ReadAllText(file)).RootElement, texts);
            }
            catch (JsonException)
            {
            }
        }

        var lines = new StringBuilder();
        foreach (var text in texts)
        {
            lines.AppendLine(JsonSerializer.Serialize(new { text, result = model.Understand(text) }));
        }

        File.WriteAllText(output, lines.ToString());
        Console.WriteLine($"{texts.Count} texts");
    }

    private static void Collect(JsonElement element, SortedSet<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString() is { Length: > 0 and < 3000 } text:
                texts.Add(text);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }

                break;
        }
    }
}

using System.Text.Json;

namespace RoleBot.Tests.Dialogs.Transcripts;

/// <summary>Loads every transcript under TestData/transcripts, one theory case per transcript name.</summary>
public static class TranscriptData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private static readonly Lazy<Dictionary<string, Transcript>> All = new(Load);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Value.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    public static Transcript Get(string name) => All.Value[name];

    private static Dictionary<string, Transcript> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Dialogs", "TestData", "transcripts");
        var transcripts = new Dictionary<string, Transcript>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var transcript in JsonSerializer.Deserialize<List<Transcript>>(File.ReadAllText(file), Options)
                ?? throw new InvalidDataException($"{file} is empty."))
            {
                if (!transcripts.TryAdd(transcript.Name, transcript))
                {
                    throw new InvalidDataException($"Two transcripts are named '{transcript.Name}'.");
                }
            }
        }

        return transcripts;
    }
}

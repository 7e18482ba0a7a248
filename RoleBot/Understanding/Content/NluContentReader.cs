using System.Text.Json;

namespace RoleBot.Understanding.Content;

/// <summary>Reads and validates synonyms.json and intents.json from one folder.</summary>
public static class NluContentReader
{
    public const string SynonymsFileName = "synonyms.json";
    public const string IntentsFileName = "intents.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static NluContent Read(string folder)
    {
        var synonyms = ReadFile<SynonymsFile>(Path.Combine(folder, SynonymsFileName));
        var intents = ReadFile<IntentsFile>(Path.Combine(folder, IntentsFileName));
        return new NluContent(synonyms, intents);
    }

    private static T ReadFile<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid: {e.Message}", e);
        }
    }
}

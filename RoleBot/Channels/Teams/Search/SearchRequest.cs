using System.Text.Json;

namespace RoleBot.Channels.Teams.Search;

/// <summary>
/// A composeExtension/query value: {commandId, parameters[{name,value}], queryOptions{skip,count}}. Paging is
/// clamped (count 1..<see cref="MaxCount"/>) and the text bounded, so every keystroke costs the same small lookup.
/// </summary>
public sealed record SearchRequest(string CommandId, string Text, bool InitialRun, int Skip, int Count)
{
    public const string SearchCommandId = "searchQuery";
    public const string QueryParameter = "searchQuery";
    public const string InitialRunParameter = "initialRun";
    public const int MaxCount = 10;
    public const int MaxTextLength = 200;

    /// <summary>Null when the value is not a query at all (no object or no commandId).</summary>
    public static SearchRequest? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } query
            || !query.TryGetProperty("commandId", out var command) || command.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var parameters = Parameters(query);
        var initialRun = parameters.TryGetValue(InitialRunParameter, out var run) && string.Equals(run, "true", StringComparison.OrdinalIgnoreCase);
        var text = parameters.TryGetValue(QueryParameter, out var typed)
            ? typed
            : parameters.Where(p => p.Key != InitialRunParameter).Select(p => p.Value).FirstOrDefault() ?? "";
        text = text.Trim();
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var (skip, count) = Paging(query);
        return new SearchRequest(command.GetString()!, text, initialRun, skip, count);
    }

    private static Dictionary<string, string> Parameters(JsonElement query)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!query.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (var parameter in parameters.EnumerateArray())
        {
            if (parameter.ValueKind == JsonValueKind.Object
                && parameter.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && parameter.TryGetProperty("value", out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.True)
            {
                found.TryAdd(name.GetString()!, value.ValueKind == JsonValueKind.True ? "true" : value.GetString()!);
            }
        }

        return found;
    }

    private static (int Skip, int Count) Paging(JsonElement query)
    {
        if (!query.TryGetProperty("queryOptions", out var options) || options.ValueKind != JsonValueKind.Object)
        {
            return (0, MaxCount);
        }

        var skip = Number(options, "skip") is { } s && s > 0 ? s : 0;
        var count = Number(options, "count") is { } c && c > 0 ? Math.Min(c, MaxCount) : MaxCount;
        return (skip, count);
    }

    private static int? Number(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;
}

using System.Text.Json;

namespace RoleBot.Content.Organisations;

/// <summary>
/// The line and column (1-based) where each value of a JSON document starts, by path ("$.slackTeamIds[1]"), so a
/// problem in organisation.json points at the value, not only at the file.
/// </summary>
public sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _at = new(StringComparer.Ordinal);

    public JsonPositions(ReadOnlySpan<byte> utf8)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new Stack<(string Path, int Index)>();
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                path.Pop();
                continue;
            }

            var here = Here(path, ref property);
            _at.TryAdd(here, Position(lineStarts, (int)reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push((here, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
            }
        }
    }

    /// <summary>Where the value at <paramref name="path"/> starts, or its nearest enclosing value, or the file's start.</summary>
    public (int Line, int Column) Of(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_at.TryGetValue(p, out var at))
            {
                return at;
            }
        }

        return (1, 1);
    }

    private static string Here(Stack<(string Path, int Index)> path, ref string? property)
    {
        if (path.Count == 0)
        {
            return "$";
        }

        var (parent, index) = path.Pop();
        if (index >= 0)
        {
            path.Push((parent, index + 1));
            return $"{parent}[{index}]";
        }

        path.Push((parent, index));
        var name = property ?? "";
        property = null;
        return $"{parent}.{name}";
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }

    private static (int, int) Position(List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }
}

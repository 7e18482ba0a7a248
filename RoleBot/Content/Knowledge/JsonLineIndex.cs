using System.Text.Json;

namespace RoleBot.Content.Knowledge;

/// <summary>
/// Maps JSON paths ("$.roles[12].reportsTo[0]") to 1-based line numbers, so semantic errors found after
/// deserialisation still point an author at the right line.
/// </summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    public static JsonLineIndex Build(byte[] utf8)
    {
        var index = new JsonLineIndex();
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new Stack<Frame>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingProperty = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                path.Pop();
                continue;
            }

            var current = ValuePath(path, pendingProperty);
            pendingProperty = null;
            index._lines.TryAdd(current, LineOf(lineStarts, reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push(new Frame(current, reader.TokenType == JsonTokenType.StartArray));
            }
        }

        return index;
    }

    /// <summary>The line of the path, or of its nearest ancestor that exists in the file.</summary>
    public long? LineOf(string path)
    {
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (_lines.TryGetValue(candidate, out var line))
            {
                return line;
            }
        }

        return null;
    }

    private static string ValuePath(Stack<Frame> path, string? property)
    {
        if (path.Count == 0)
        {
            return "$";
        }

        var parent = path.Peek();
        if (parent.IsArray)
        {
            return $"{parent.Path}[{parent.NextIndex++}]";
        }

        return $"{parent.Path}.{property}";
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private static List<long> LineStarts(byte[] utf8)
    {
        List<long> starts = [0];
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static long LineOf(List<long> lineStarts, long offset)
    {
        var found = lineStarts.BinarySearch(offset);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RoleBot.Tests.Knowledge.Validation;

/// <summary>Applies a test case's edits ("$.roles[2].reportsTo[0]" = value) to a JSON document.</summary>
internal static partial class JsonPatch
{
    [GeneratedRegex(@"\.([A-Za-z$][\w$]*)|\[(\d+)\]")]
    private static partial Regex Segment();

    public static void Set(JsonNode root, string path, JsonNode? value)
    {
        var (parent, last) = Navigate(root, path);
        if (last is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)last] = value;
        }
    }

    public static void Remove(JsonNode root, string path)
    {
        var (parent, last) = Navigate(root, path);
        if (last is int index)
        {
            parent.AsArray().RemoveAt(index);
        }
        else
        {
            Assert.True(parent.AsObject().Remove((string)last), $"nothing to remove at {path}");
        }
    }

    public static void Append(JsonNode root, string path, JsonNode? value)
    {
        var (parent, last) = Navigate(root, path);
        var array = last is int index ? parent.AsArray()[index]! : parent.AsObject()[(string)last]!;
        array.AsArray().Add(value);
    }

    private static (JsonNode Parent, object Last) Navigate(JsonNode root, string path)
    {
        Assert.StartsWith("$", path);
        var segments = Segment().Matches(path)
            .Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value))
            .ToList();
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = segment is int i ? node.AsArray()[i]! : node.AsObject()[(string)segment]!;
        }

        return (node, segments[^1]);
    }
}

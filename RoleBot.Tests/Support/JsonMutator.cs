using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Support;

/// <summary>
/// Seeded random damage to a valid JSON document, as a fuzzer would do it: fields dropped, duplicated or retyped,
/// strings made huge, empty or full of unicode junk, numbers sent as strings, nulls in arrays, deep nesting, and
/// truncated text. The same seed always gives the same mutations, so a failure names a case that can be re-run.
/// </summary>
public sealed class JsonMutator(int seed)
{
    private static readonly string[] Junk =
    [
        "\u0000", "\u001b[31m", "\u200b", "\u202e", "\u2066", "\ufeff", "\u00ad", "\ud800", "\udfff", "\uffff", "\ufffd",
        "\U0001F600", "\u0301\u0301\u0301", "ＧＭ", "<script>", "&lt;b&gt;", "%00", "${name}", "{{x}}", "\\", "\"", "\r\n",
        "<at>x</at>", "@everyone", "<!channel>", "' OR 1=1 --", "../../etc/passwd", "http://169.254.169.254/", "NaN", "-0", "1e309",
    ];

    private const string DeepMarker = "__deeply_nested__";

    private readonly Random _random = new(seed);

    /// <summary>One to three mutations of <paramref name="valid"/>, as JSON text (which may no longer parse).</summary>
    public string Mutate(JsonNode valid)
    {
        var root = valid.DeepClone();
        var count = _random.Next(1, 4);
        string? text = null;
        for (var i = 0; i < count && text is null; i++)
        {
            switch (_random.Next(10))
            {
                case 0: root = Replace(root, Pick(root), null); break;
                case 1: Drop(root); break;
                case 2: text = Duplicate(root); break;
                case 3: root = Replace(root, Pick(root), Retyped()); break;
                case 4: root = Replace(root, Pick(root), JsonValue.Create(_random.Next(2) == 0 ? "" : new string('x', _random.Next(1_000, 300_000)))); break;
                case 5: root = Replace(root, Pick(root), JsonValue.Create(DeepMarker)); break;
                case 6: root = Replace(root, Pick(root), JsonValue.Create(JunkString())); break;
                case 7: root = SwapNumbers(root); break;
                case 8: NullsInArrays(root); break;
                default: text = Truncate(root.ToJsonString()); break;
            }
        }

        text ??= root.ToJsonString();
        return text.Replace($"\"{DeepMarker}\"", Nested(_random.Next(2) == 0 ? _random.Next(5, 70) : _random.Next(100, 3_000)), StringComparison.Ordinal);
    }

    /// <summary>A form (slash command) with fields dropped, duplicated, emptied, made huge or full of junk.</summary>
    public string MutateForm(IReadOnlyList<(string Key, string Value)> fields)
    {
        var list = fields.ToList();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count && list.Count > 0; i++)
        {
            var index = _random.Next(list.Count);
            var (key, value) = list[index];
            switch (_random.Next(6))
            {
                case 0: list.RemoveAt(index); break;
                case 1: list.Insert(_random.Next(list.Count + 1), (key, JunkString())); break;
                case 2: list[index] = (key, ""); break;
                case 3: list[index] = (key, new string('y', _random.Next(1_000, 300_000))); break;
                case 4: list[index] = (key, value + JunkString()); break;
                default: list[index] = (JunkString(), value); break;
            }
        }

        var form = string.Join("&", list.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        return _random.Next(8) == 0 ? Truncate(form) : form;
    }

    public int Next(int max) => _random.Next(max);

    public string JunkString()
    {
        var builder = new StringBuilder();
        for (var i = _random.Next(1, 12); i > 0; i--)
        {
            builder.Append(_random.Next(3) == 0 ? ((char)_random.Next(0, 0xFFFF)).ToString() : Junk[_random.Next(Junk.Length)]);
        }

        return builder.ToString();
    }

    private static List<JsonNode?> All(JsonNode root)
    {
        var nodes = new List<JsonNode?>();
        void Walk(JsonNode? node)
        {
            nodes.Add(node);
            switch (node)
            {
                case JsonObject o: foreach (var (_, child) in o) { Walk(child); } break;
                case JsonArray a: foreach (var child in a) { Walk(child); } break;
            }
        }

        Walk(root);
        return nodes;
    }

    // Never the root itself unless it is the only node, so most mutations keep the document's shape around them.
    private JsonNode? Pick(JsonNode root)
    {
        var nodes = All(root);
        return nodes.Count == 1 ? root : nodes[_random.Next(1, nodes.Count)];
    }

    private static JsonNode Replace(JsonNode root, JsonNode? target, JsonNode? replacement)
    {
        if (target is null || ReferenceEquals(target, root) || target.Parent is not { } parent)
        {
            return replacement ?? new JsonObject();
        }

        if (parent is JsonObject o)
        {
            o[target.GetPropertyName()] = replacement;
        }
        else if (parent is JsonArray a)
        {
            a[target.GetElementIndex()] = replacement;
        }

        return root;
    }

    private void Drop(JsonNode root)
    {
        var objects = All(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count > 0)
        {
            var o = objects[_random.Next(objects.Count)];
            o.Remove(o.ElementAt(_random.Next(o.Count)).Key);
        }
    }

    // JsonObject cannot hold a key twice, so the duplicate is written into the text: {"type":<other value>,...}.
    private string? Duplicate(JsonNode root)
    {
        var objects = All(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return null;
        }

        var o = objects[_random.Next(objects.Count)];
        var key = o.ElementAt(_random.Next(o.Count)).Key;
        var marker = $"__dup_{_random.Next():x}";
        o[marker] = "m";
        var text = root.ToJsonString();
        var duplicate = $"{JsonValue.Create(key).ToJsonString()}:{Retyped()?.ToJsonString() ?? "null"}";
        return text.Replace($"\"{marker}\":\"m\"", duplicate, StringComparison.Ordinal);
    }

    private JsonNode? Retyped() => _random.Next(7) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => JsonValue.Create(_random.Next(3) == 0 ? long.MaxValue : -_random.Next()),
        3 => JsonValue.Create(_random.NextDouble() * 1e300),
        4 => new JsonArray(JsonValue.Create(JunkString()), null, new JsonObject()),
        5 => new JsonObject { [JunkString()] = JunkString() },
        _ => JsonValue.Create(JunkString()),
    };

    // Written as text: System.Text.Json itself refuses to write more than 1000 levels, which is the point of sending them.
    private string Nested(int depth)
    {
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var array = _random.Next(2) == 0;
            open.Append(array ? "[" : "{\"a\":");
            close.Insert(0, array ? ']' : '}');
        }

        return $"{open}1{close}";
    }

    // Numbers become their text and numeric-looking strings become numbers: what a loosely typed client sends.
    private static JsonNode SwapNumbers(JsonNode root)
    {
        foreach (var value in All(root).OfType<JsonValue>().ToList())
        {
            JsonNode? swapped = value.GetValueKind() switch
            {
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => JsonValue.Create(value.ToJsonString()),
                JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => JsonValue.Create(d),
                _ => null,
            };
            if (swapped is not null)
            {
                root = Replace(root, value, swapped);
            }
        }

        return root;
    }

    private void NullsInArrays(JsonNode root)
    {
        foreach (var array in All(root).OfType<JsonArray>().ToList())
        {
            array.Insert(_random.Next(array.Count + 1), null);
        }

        if (root is JsonObject o && o.Count > 0)
        {
            var key = o.ElementAt(_random.Next(o.Count)).Key;
            o[key] = new JsonArray(null, o[key]?.DeepClone(), null);
        }
    }

    private string Truncate(string text) => text.Length <= 1 ? "" : text[.._random.Next(text.Length)];
}

using System.Text.Json;
using System.Text.RegularExpressions;
using RoleBot.Cards.Actions;
using RoleBot.Channels.Slack;
using RoleBot.Protocol;

namespace RoleBot.Tests.Channels.Slack.Support;

// Checks a chat.postMessage body ({"text", "blocks"}) as it goes on the wire, independently of the C# model that
// wrote it: Block Kit limits (docs/slack-and-cards.md §2.7, SlackLimits), only the fields Slack knows, mrkdwn with
// &, < and > escaped except in the links RoleBot itself writes, nothing else HTML-encoded, no broken surrogate pairs,
// and every button value a valid RoleBot payload. Returns one line per problem, each with its JSON path.
internal static partial class SlackLimitChecker
{
    private const int TextObjectChars = 3000;
    private const int ButtonUrlChars = 3000;

    private static readonly Dictionary<string, HashSet<string>> BlockFields = new()
    {
        ["header"] = ["type", "block_id", "text"],
        ["section"] = ["type", "block_id", "text", "fields"],
        ["divider"] = ["type", "block_id"],
        ["context"] = ["type", "block_id", "elements"],
        ["actions"] = ["type", "block_id", "elements"],
    };

    private static readonly HashSet<string> TextFields = ["type", "text", "emoji", "verbatim"];
    private static readonly HashSet<string> ButtonFields = ["type", "text", "action_id", "value", "url", "style"];

    public static IReadOnlyList<string> Check(JsonElement message)
    {
        var problems = new List<string>();
        if (message.ValueKind != JsonValueKind.Object)
        {
            return ["$: the message is not a JSON object"];
        }

        if (!message.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            problems.Add("$.text: missing; Slack needs it for notifications and screen readers");
        }
        else
        {
            Length(problems, "$.text", text.GetString()!, 1, SlackLimits.MessageTextChars);
            Mrkdwn(problems, "$.text", text.GetString()!);
        }

        if (!message.TryGetProperty("blocks", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.blocks: missing");
            return problems;
        }

        Count(problems, "$.blocks", blocks.GetArrayLength(), 1, SlackLimits.Blocks);
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            Block(problems, $"$.blocks[{i++}]", block, blockIds);
        }

        return problems;
    }

    private static void Block(List<string> problems, string path, JsonElement block, HashSet<string> blockIds)
    {
        var type = block.StringOrNull("type");
        if (type is null || !BlockFields.TryGetValue(type, out var allowed))
        {
            problems.Add($"{path}.type: '{type}' is not a block RoleBot may send");
            return;
        }

        Fields(problems, path, block, allowed);
        if (block.StringOrNull("block_id") is { } blockId)
        {
            Length(problems, $"{path}.block_id", blockId, 1, SlackLimits.IdChars);
            if (!blockIds.Add(blockId))
            {
                problems.Add($"{path}.block_id: '{blockId}' is used twice in the message");
            }
        }

        switch (type)
        {
            case "header":
                TextObject(problems, $"{path}.text", block, SlackLimits.HeaderChars, plainOnly: true, required: true);
                break;
            case "section":
                var hasText = TextObject(problems, $"{path}.text", block, SlackLimits.SectionTextChars, plainOnly: false, required: false);
                var hasFields = Elements(problems, $"{path}.fields", block, 1, SlackLimits.Fields, required: false,
                    (p, f) => TextValue(problems, p, f, SlackLimits.FieldChars, plainOnly: false));
                if (!hasText && !hasFields)
                {
                    problems.Add($"{path}: a section needs text or fields");
                }

                break;
            case "context":
                Elements(problems, $"{path}.elements", block, 1, SlackLimits.ContextElements, required: true,
                    (p, e) => TextValue(problems, p, e, TextObjectChars, plainOnly: false));
                break;
            case "actions":
                var actionIds = new HashSet<string>(StringComparer.Ordinal);
                Elements(problems, $"{path}.elements", block, 1, SlackLimits.ActionElements, required: true,
                    (p, b) => Button(problems, p, b, actionIds));
                break;
        }
    }

    private static void Button(List<string> problems, string path, JsonElement button, HashSet<string> actionIds)
    {
        Fields(problems, path, button, ButtonFields);
        if (button.StringOrNull("type") != "button")
        {
            problems.Add($"{path}.type: only buttons are expected in an actions block");
        }

        TextObject(problems, $"{path}.text", button, SlackLimits.ButtonTextChars, plainOnly: true, required: true);
        if (button.StringOrNull("action_id") is not { } actionId)
        {
            problems.Add($"{path}.action_id: missing");
        }
        else
        {
            Length(problems, $"{path}.action_id", actionId, 1, SlackLimits.IdChars);
            if (!actionIds.Add(actionId))
            {
                problems.Add($"{path}.action_id: '{actionId}' is not unique in its block");
            }
        }

        if (button.StringOrNull("url") is { } url)
        {
            Length(problems, $"{path}.url", url, 1, ButtonUrlChars);
        }

        if (button.StringOrNull("value") is not { } value)
        {
            problems.Add($"{path}.value: missing; a RoleBot button carries its payload");
            return;
        }

        Length(problems, $"{path}.value", value, 1, SlackLimits.ButtonValueChars);
        if (!CardPayloadParser.Parse(value).IsValid)
        {
            problems.Add($"{path}.value: not a valid RoleBot payload");
        }
    }

    private static bool TextObject(List<string> problems, string path, JsonElement owner, int max, bool plainOnly, bool required)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        if (!owner.TryGetProperty(name, out var value))
        {
            if (required)
            {
                problems.Add($"{path}: missing");
            }

            return false;
        }

        TextValue(problems, path, value, max, plainOnly);
        return true;
    }

    private static void TextValue(List<string> problems, string path, JsonElement value, int max, bool plainOnly)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: not a text object");
            return;
        }

        Fields(problems, path, value, TextFields);
        var type = value.StringOrNull("type");
        if (type is not ("plain_text" or "mrkdwn") || (plainOnly && type != "plain_text"))
        {
            problems.Add($"{path}.type: '{type}' is not allowed here");
        }

        if (value.StringOrNull("text") is not { } text)
        {
            problems.Add($"{path}.text: missing");
            return;
        }

        Length(problems, $"{path}.text", text, 1, max);
        if (type == "mrkdwn")
        {
            Mrkdwn(problems, $"{path}.text", text);
        }
        else
        {
            Plain(problems, $"{path}.text", text);
        }
    }

    private static bool Elements(List<string> problems, string path, JsonElement owner, int min, int max, bool required, Action<string, JsonElement> each)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        if (!owner.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            if (required)
            {
                problems.Add($"{path}: missing");
            }

            return false;
        }

        Count(problems, path, array.GetArrayLength(), min, max);
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            each($"{path}[{i++}]", element);
        }

        return true;
    }

    // In mrkdwn every "&" starts one of the three escapes and "<" or ">" appear only in RoleBot's own https links.
    private static void Mrkdwn(List<string> problems, string path, string text)
    {
        Plain(problems, path, text);
        foreach (Match amp in Ampersand().Matches(text))
        {
            if (!Escape().IsMatch(text[amp.Index..Math.Min(text.Length, amp.Index + 5)]))
            {
                problems.Add($"{path}: unescaped '&' at {amp.Index}");
            }
        }

        var withoutLinks = OwnLink().Replace(text, "");
        var bracket = withoutLinks.IndexOfAny(['<', '>']);
        if (bracket >= 0)
        {
            problems.Add($"{path}: unescaped '{withoutLinks[bracket]}' in \"{Around(withoutLinks, bracket)}\"");
        }
    }

    // Text of any kind: nothing HTML-encoded beyond Slack's three escapes, and whole characters only.
    private static void Plain(List<string> problems, string path, string text)
    {
        if (HtmlEntity().Match(text) is { Success: true } entity)
        {
            problems.Add($"{path}: HTML entity '{entity.Value}' would show literally in Slack");
        }

        // The serializer writes a lone surrogate as U+FFFD, so on the wire a cut pair shows up as that.
        if (text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            problems.Add($"{path}: replacement character, a surrogate pair was cut");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                problems.Add($"{path}: broken surrogate pair at {i}");
                return;
            }
        }
    }

    private static void Fields(List<string> problems, string path, JsonElement owner, HashSet<string> allowed)
    {
        foreach (var property in owner.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
        {
            problems.Add($"{path}.{property.Name}: Slack does not know this field");
        }
    }

    private static void Length(List<string> problems, string path, string text, int min, int max)
    {
        if (text.Length < min || text.Length > max || string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{path}: {text.Length} characters, allowed {min}..{max} and not blank");
        }
    }

    private static void Count(List<string> problems, string path, int count, int min, int max)
    {
        if (count < min || count > max)
        {
            problems.Add($"{path}: {count} items, allowed {min}..{max}");
        }
    }

    private static string Around(string text, int index) => text[Math.Max(0, index - 20)..Math.Min(text.Length, index + 20)];

    [GeneratedRegex("&")]
    private static partial Regex Ampersand();

    [GeneratedRegex("^&(amp|lt|gt);")]
    private static partial Regex Escape();

    [GeneratedRegex(@"&(#[0-9]+|#x[0-9a-fA-F]+|quot|apos|nbsp);")]
    private static partial Regex HtmlEntity();

    // The only link RoleBot writes: <https://…|label>, the url without spaces, "|", "<" or ">", the label escaped.
    [GeneratedRegex(@"<https://[^\s|<>]+\|[^<>|]*>")]
    private static partial Regex OwnLink();
}

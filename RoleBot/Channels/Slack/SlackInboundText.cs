using System.Text.RegularExpressions;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Turns the text of a Slack message into what the user typed. Slack sends mrkdwn: the bot's own mention as
/// "&lt;@U123&gt;", other references as "&lt;#C1|general&gt;", "&lt;!here&gt;" or "&lt;https://x|label&gt;", and
/// the characters &amp;, &lt; and &gt; escaped. The bot's mention is removed (wherever it is); a mention at the very
/// start is removed too when the bot's user id is unknown, since that is how people address a bot in a channel.
/// </summary>
public static partial class SlackInboundText
{
    public static string Normalize(string? text, string? botUserId = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var withoutBot = botUserId is { Length: > 0 }
            ? text.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal)
            : LeadingMention().Replace(text, " ", 1);
        withoutBot = botUserId is { Length: > 0 } ? LabelledMention(botUserId).Replace(withoutBot, " ") : withoutBot;
        var plain = Reference().Replace(withoutBot, m => Readable(m.Groups["target"].Value, m.Groups["label"]));
        var unescaped = plain.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Whitespace().Replace(unescaped, " ").Trim();
    }

    private static string Readable(string target, Group label)
    {
        var name = label.Success && label.Value.Length > 0 ? label.Value : null;
        return target[0] switch
        {
            '@' => "@" + (name ?? target[1..]),
            '#' => "#" + (name ?? target[1..]),
            '!' => "@" + (name ?? target[1..].Split('^')[0]),
            _ => name ?? target,
        };
    }

    private static Regex LabelledMention(string botUserId) =>
        new($"<@{Regex.Escape(botUserId)}\\|[^>]*>", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    [GeneratedRegex(@"^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"<(?<target>[^<>|]+)(\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}

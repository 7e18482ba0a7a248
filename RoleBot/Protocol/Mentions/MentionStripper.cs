using System.Net;
using System.Text.RegularExpressions;

namespace RoleBot.Protocol.Mentions;

/// <summary>
/// Removes the bot's own @mention from a message (SDK RemoveRecipientMention): only mention entities whose
/// mentioned.id is the recipient count, so "@RoleBot ask @Alice's manager" keeps Alice, as her plain name.
/// Identity comes from the entities, never from the text. Teams documents both "&lt;at&gt;Name&lt;/at&gt;" and
/// "&lt;at&gt;@Name&lt;/at&gt;" and may HTML-encode the text, so the bot's markup is removed in every spelling.
/// </summary>
public static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? "";
        var botNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId) && activity.Entities is { Count: > 0 } entities)
        {
            foreach (var mention in entities.Select(MentionEntity.Read).OfType<MentionEntity>().Where(m => m.Mentions(botId)))
            {
                text = Remove(text, mention.Text);
                if (mention.Name is { Length: > 0 } name)
                {
                    botNames.Add(Clean(name));
                }
            }
        }

        var decoded = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ');
        // What is left in <at> tags is either another spelling of the bot's mention or somebody else's.
        var plain = AtTag().Replace(decoded, m => botNames.Contains(Clean(m.Groups["name"].Value)) ? " " : m.Groups["name"].Value.Trim());
        return Collapsed(plain).Trim();
    }

    // Most messages have nothing to collapse; the regex's replace would still copy them.
    private static string Collapsed(string text) => UncollapsedSpace().IsMatch(text) ? Whitespace().Replace(text, " ") : text;

    private static string Remove(string text, string? mentionText) =>
        string.IsNullOrEmpty(mentionText) ? text : text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string name) =>
        Whitespace().Replace(WebUtility.HtmlDecode(name).Replace('\u00a0', ' '), " ").Trim().TrimStart('@').Trim();

    [GeneratedRegex(@"<at(?:\s[^>]*)?>\s*@?(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // What Whitespace() would change: two spaces of any kind in a row, or one that is not a plain space.
    [GeneratedRegex(@"\s\s|[^\S ]")]
    private static partial Regex UncollapsedSpace();
}

using RoleBot.Answers.Templates;

namespace RoleBot.Answers.Documents;

// Caps that keep every card well under the 28 KB Teams webhook ceiling and every Slack block within its limits,
// whatever the knowledge base holds. Cutting happens here, once, so both renderers show the same content.
public static class DocumentLimits
{
    public const int ListItems = 8;
    public const int ItemChars = 400;
    public const int ParagraphChars = 1500;
    public const int SideBySideRows = 12;
    public const int CellChars = 600;
    public const int Sources = 5;
    public const int FollowUps = 5;
    // Teams (and the Agents Playground) never wrap a button title: longer ones stick out of a ~500 px card.
    public const int ButtonChars = 36;
    public const int TextChars = 600;

    public static IReadOnlyList<string> Items(IEnumerable<string> items, AnswerTemplates templates)
    {
        var all = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        var kept = all.Take(ListItems).Select(i => Clip(i, ItemChars)).ToList();
        if (all.Count > ListItems)
        {
            kept.Add(templates.Render("list.more", ("count", (all.Count - ListItems).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return kept;
    }

    public static string Clip(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..(max - 1)];
        // Never half an emoji: a lone surrogate reaches the client as U+FFFD.
        cut = char.IsHighSurrogate(cut[^1]) ? cut[..^1] : cut;
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }
}

using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;

namespace RoleBot.Cards.Rendering;

// Sources as short, small citations; a title links only to an https URL. No Markdown list syntax: every
// TextBlock is its own document, so "2. …" would restart at "1." in Web Chat (and "- " differs by host).
internal static class SourceElements
{
    public static IEnumerable<CardElement> For(AnswerDocument document)
    {
        if (document.Sources.Count == 0)
        {
            return [];
        }

        var lines = document.Sources.Select(s => "• " + Citation(s));
        return
        [
            new TextBlock(document.SourcesHeading) { Size = TextSize.Small, Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium },
            .. lines.Select(line => new TextBlock(line) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None }),
        ];
    }

    private static string Citation(Citation source)
    {
        var title = MarkdownText.LinkLabel(source.Title);
        return source.SafeUrl is { } url ? $"[{title}]({MarkdownText.LinkTarget(url)})" : title;
    }
}

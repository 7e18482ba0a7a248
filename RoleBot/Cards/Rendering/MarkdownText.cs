namespace RoleBot.Cards.Rendering;

// Keeps knowledge-base text from breaking out of the one Markdown construct cards use: links.
internal static class MarkdownText
{
    public static string LinkLabel(string text) => text.Replace('[', '(').Replace(']', ')');

    public static string LinkTarget(Uri url) => url.AbsoluteUri.Replace("(", "%28").Replace(")", "%29").Replace(" ", "%20");
}

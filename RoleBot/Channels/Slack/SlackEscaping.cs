namespace RoleBot.Channels.Slack;

// mrkdwn needs exactly &, < and > escaped: that stops <!channel>, mentions and links from
// text we did not write. Nothing else may be HTML-encoded (Slack would show "&#39;" literally).
public static class SlackEscaping
{
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    // Cuts to a limit without splitting an escape sequence or a surrogate pair.
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        var amp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 6));
        if (amp >= 0 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}

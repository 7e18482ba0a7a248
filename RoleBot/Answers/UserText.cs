using System.Text;

namespace RoleBot.Answers;

// Makes user-derived words safe to show in any reply format. Rather than escaping for each renderer
// (Markdown in cards and Web Chat, mrkdwn in Slack, HTML in some hosts), it keeps only letters, digits,
// spaces and a few harmless punctuation marks, so no link, tag, mention or emphasis can be formed.
public static class UserText
{
    public const int MaxLength = 60;

    private const string AllowedPunctuation = "-'.,&+";

    public static string Clean(string? raw, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(raw.Length, maxLength + 1));
        var pendingSpace = false;
        foreach (var c in raw.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c) || AllowedPunctuation.Contains(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }

            if (builder.Length >= maxLength)
            {
                return builder.ToString(0, maxLength).TrimEnd() + "…";
            }
        }

        return builder.ToString();
    }
}

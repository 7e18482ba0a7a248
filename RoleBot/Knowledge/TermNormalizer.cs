using System.Text;

namespace RoleBot.Knowledge;

/// <summary>
/// The one spelling-insensitive form of a role term, shared by the validator (duplicate detection) and anyone
/// indexing terms: "V.P." and "vp" are the same; "vice-president" and "Vice  President" are the same.
/// </summary>
public static class TermNormalizer
{
    public static string Normalize(string term)
    {
        var builder = new StringBuilder(term.Length);
        var pendingSpace = false;
        foreach (var c in term.Trim())
        {
            if (c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c == '&')
            {
                builder.Append(builder.Length > 0 ? " and" : "and");
                pendingSpace = true;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}

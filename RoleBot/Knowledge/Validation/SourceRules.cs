using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

// A source's title is what users see, its url becomes a link, and its file is where an author checks the claim.
internal static class SourceRules
{
    public static void Check(KnowledgeBaseDocument doc, ValidationIssues issues) =>
        RequiredFieldRules.ForEach(doc.Sources, "$.sources", (s, p) =>
        {
            if (string.IsNullOrWhiteSpace(s.Title))
            {
                issues.Add($"{p}.title", "missing: a source needs a title to show to users");
            }

            if (string.IsNullOrWhiteSpace(s.File))
            {
                issues.Add($"{p}.file", "missing: a source needs the file it was taken from, so an author can check it");
            }

            if (s.Url is not null && !IsWebAddress(s.Url))
            {
                issues.Add($"{p}.url", $"'{s.Url}' is not an absolute http or https url");
            }
        });

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

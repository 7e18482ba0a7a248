using RoleBot.Knowledge;

namespace RoleBot.Answers;

// A short citation: what users see of a source. The source's file is for authors and never gets here.
// Only https links are ever rendered as links.
public sealed record Citation(string Title, Uri? Url = null)
{
    public Uri? SafeUrl => Url is { IsAbsoluteUri: true, Scheme: "https" } ? Url : null;

    public static Citation From(Source source) =>
        new(source.Title, Uri.TryCreate(source.Url, UriKind.Absolute, out var url) ? url : null);
}

using RoleBot.Knowledge;

namespace RoleBot.Answers;

// A short citation. Only https links are ever rendered as links.
public sealed record Citation(string Title, Uri? Url = null, string? Document = null)
{
    public Uri? SafeUrl => Url is { IsAbsoluteUri: true, Scheme: "https" } ? Url : null;

    public static Citation From(Source source) =>
        new(source.Title, Uri.TryCreate(source.Url, UriKind.Absolute, out var url) ? url : null, source.Document);
}

using Microsoft.Net.Http.Headers;

namespace RoleBot.Channels.WebChat.Page;

/// <summary>
/// Which precompressed form of a file a request gets (RFC 9110 §12.5.3): the coding the client rates highest
/// among those available, Brotli on a tie (it is the smaller), none when the client accepts neither; q=0 refuses.
/// </summary>
public static class ContentCodings
{
    /// <summary>Content-Encoding value and file suffix, in order of preference.</summary>
    public static IReadOnlyList<(string Coding, string Suffix)> Precompressed { get; } = [("br", ".br"), ("gzip", ".gz")];

    public static (string Coding, string Suffix)? Choose(IList<StringWithQualityHeaderValue> acceptEncoding, Func<string, bool> available)
    {
        (string Coding, string Suffix)? best = null;
        var bestQuality = 0.0;
        foreach (var candidate in Precompressed)
        {
            var quality = Quality(acceptEncoding, candidate.Coding);
            if (quality > bestQuality && available(candidate.Suffix))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static double Quality(IList<StringWithQualityHeaderValue> acceptEncoding, string coding)
    {
        double? wildcard = null;
        foreach (var value in acceptEncoding)
        {
            if (value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                return value.Quality ?? 1;
            }

            if (value.Value.Equals("*", StringComparison.Ordinal))
            {
                wildcard = value.Quality ?? 1;
            }
        }

        return wildcard ?? 0;
    }
}

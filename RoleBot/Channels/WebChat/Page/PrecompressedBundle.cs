using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace RoleBot.Channels.WebChat.Page;

/// <summary>
/// Sends the Web Chat bundle as the .br or .gz file the build wrote next to it when the browser accepts that coding
/// (3.9 MB becomes 0.64 MB), and as is otherwise. The request is pointed at the compressed file before the static
/// file middleware runs, so ETag, 304s, HEAD and ranges work as for any file. The compressed files are never served
/// under their own names: a client that asked for one could not be told it is compressed without having accepted it.
/// </summary>
public static class PrecompressedBundle
{
    /// <summary>Runs before the static file middleware for /webchat.</summary>
    public static Task NegotiateAsync(HttpContext context, IFileProvider assets, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "";
        if (ContentCodings.Precompressed.Any(c => path.EndsWith(c.Suffix, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (string.Equals(path, WebChatBundle.RequestPath, StringComparison.Ordinal))
        {
            // Caches must keep the forms apart whichever one this response is.
            context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            var file = path[(WebChatBundle.AssetsFolder.Length + 1)..];
            if (ContentCodings.Choose(context.Request.GetTypedHeaders().AcceptEncoding, suffix => assets.GetFileInfo(file + suffix).Exists) is { } chosen)
            {
                context.Request.Path = path + chosen.Suffix;
            }
        }

        return next();
    }

    /// <summary>Content-Encoding for the compressed file being served (only ever reached through negotiation).</summary>
    public static void Describe(StaticFileResponseContext file)
    {
        foreach (var (coding, suffix) in ContentCodings.Precompressed)
        {
            if (file.File.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                file.Context.Response.Headers.ContentEncoding = coding;
            }
        }
    }

    /// <summary>A compressed file has the media type of what it decompresses to.</summary>
    public sealed class ContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in ContentCodings.Precompressed)
            {
                if (subpath.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    subpath = subpath[..^suffix.Length];
                }
            }

            return _types.TryGetContentType(subpath, out contentType!);
        }
    }
}

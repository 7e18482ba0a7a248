namespace RoleBot.Auth.Outbound;

internal static class RequestBuffering
{
    // A retried request re-sends its content; buffering makes streamed or JSON content readable more than once.
    // Byte-array content already is, and buffering it would write it once before it is sent (see DepartingContent).
    public static Task BufferAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Content is null or ByteArrayContent ? Task.CompletedTask : request.Content.LoadIntoBufferAsync(cancellationToken);
}

namespace RoleBot.Auth.Outbound;

internal static class RequestBuffering
{
    // A retried request re-sends its content; buffering makes streamed or JSON content readable more than once.
    public static Task BufferAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Content?.LoadIntoBufferAsync(cancellationToken) ?? Task.CompletedTask;
}

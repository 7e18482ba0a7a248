using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoleBot.Cards.Model;

/// <summary>
/// Serializes a card into a buffer and writer kept per thread, so rendering a card allocates its bytes once (or
/// nothing, to measure it) instead of a growing buffer, a writer and a string every time.
/// </summary>
internal static class PooledJsonWriter
{
    // Cards stay under 28 KB; a buffer that grew far beyond (pathological content) is not kept.
    private const int MaxKeptBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_readable;

    [ThreadStatic]
    private static Utf8JsonWriter? t_wire;

    public static int Measure<T>(T value, JsonSerializerOptions options, JavaScriptEncoder? encoder) =>
        Write(value, options, encoder, static bytes => bytes.Length);

    public static byte[] ToArray<T>(T value, JsonSerializerOptions options, JavaScriptEncoder? encoder) =>
        Write(value, options, encoder, static bytes => bytes.ToArray());

    private static TResult Write<T, TResult>(T value, JsonSerializerOptions options, JavaScriptEncoder? encoder, Func<ReadOnlySpan<byte>, TResult> result)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        var writer = encoder is null ? t_wire ??= NewWriter(buffer, null) : t_readable ??= NewWriter(buffer, encoder);
        try
        {
            JsonSerializer.Serialize(writer, value, options);
            writer.Flush();
            return result(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset(buffer);
            buffer.ResetWrittenCount();
            if (buffer.Capacity > MaxKeptBytes)
            {
                t_buffer = null;
                t_readable = t_wire = null;
            }
        }
    }

    private static Utf8JsonWriter NewWriter(ArrayBufferWriter<byte> buffer, JavaScriptEncoder? encoder) =>
        new(buffer, new JsonWriterOptions { Encoder = encoder, SkipValidation = true });
}

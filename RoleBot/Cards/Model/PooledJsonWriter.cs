using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoleBot.Cards.Model;

/// <summary>
/// Measures a card's JSON in a buffer and writer kept per thread, so checking a card's size allocates nothing
/// instead of a growing buffer, a writer and a string every time.
/// </summary>
internal static class PooledJsonWriter
{
    // Cards stay under 28 KB; a buffer that grew far beyond (pathological content) is not kept.
    private const int MaxKeptBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The UTF-8 length of <paramref name="value"/>'s JSON; <paramref name="encoder"/> must be the same on every call.</summary>
    public static int Measure<T>(T value, JsonSerializerOptions options, JavaScriptEncoder encoder)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder, SkipValidation = true });
        try
        {
            JsonSerializer.Serialize(writer, value, options);
            writer.Flush();
            return buffer.WrittenCount;
        }
        finally
        {
            writer.Reset(buffer);
            buffer.ResetWrittenCount();
            if (buffer.Capacity > MaxKeptBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}

using System.Buffers;
using System.Text.Json;

namespace RoleBot.Cards.Model;

/// <summary>
/// Writes a card's JSON in a buffer and writer kept per thread, so encoding it allocates only the bytes kept,
/// instead of a growing buffer, a writer and the bytes every time.
/// </summary>
internal static class PooledJsonWriter
{
    // Cards stay under 28 KB; a buffer that grew far beyond (pathological content) is not kept.
    private const int MaxKeptBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// <paramref name="value"/>'s JSON with the writer's default encoder, the one activities are written with
    /// (<c>ActivityJson</c> sets none), so the bytes are those the value would have written inside an activity.
    /// </summary>
    public static byte[] Encode<T>(T value, JsonSerializerOptions options)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        try
        {
            JsonSerializer.Serialize(writer, value, options);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
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

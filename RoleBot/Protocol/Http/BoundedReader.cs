using System.Buffers;

namespace RoleBot.Protocol.Http;

/// <summary>Reads a stream up to a limit, so neither a lying Content-Length nor a chunked body can make us buffer without bound.</summary>
public static class BoundedReader
{
    /// <summary>The whole stream, or null as soon as it turns out to be longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream((int)Math.Min(declaredLength ?? 4096, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}

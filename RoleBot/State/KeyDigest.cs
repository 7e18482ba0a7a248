using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RoleBot.State;

/// <summary>
/// A key as 128 bits, for in-memory stores that index thousands of keys as plain values rather than strings the
/// garbage collector must copy. Keys hold ids the sender chose, so the digest is cryptographic (SHA-256, first
/// 128 bits): two conversations or activities cannot be made to share an entry.
/// </summary>
public static class KeyDigest
{
    private const int StackBytes = 1024;

    public static UInt128 Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        var rented = length > StackBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[StackBytes];
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(key, utf8)], hash);
            return BinaryPrimitives.ReadUInt128LittleEndian(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}

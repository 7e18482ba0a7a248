using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Roles;

/// <summary>
/// Joins the keys of a run of tokens with single spaces into a per-thread buffer, for dictionary lookups by span:
/// a question tries dozens of n-grams, and a string for each was most of what finding roles allocated.
/// </summary>
public static class NGram
{
    [ThreadStatic]
    private static char[]? _buffer;

    /// <summary>Valid until the next call on the same thread.</summary>
    public static ReadOnlySpan<char> Join(IReadOnlyList<Token> tokens, int start, int n)
    {
        var length = n - 1;
        for (var i = start; i < start + n; i++)
        {
            length += tokens[i].Key.Length;
        }

        var buffer = _buffer is { } b && b.Length >= length ? b : _buffer = new char[Math.Max(length, 256)];
        var at = 0;
        for (var i = start; i < start + n; i++)
        {
            if (i > start)
            {
                buffer[at++] = ' ';
            }

            tokens[i].Key.CopyTo(buffer.AsSpan(at));
            at += tokens[i].Key.Length;
        }

        return buffer.AsSpan(0, length);
    }
}

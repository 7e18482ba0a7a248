using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoleBot.Channels.Slack.Native;

public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedHeaders,
    StaleTimestamp,
    Mismatch,
}

/// <summary>
/// Slack's v0 request signature: "v0=" + hex(HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}")). The age
/// check runs before the HMAC so a replayed request costs nothing, and the comparison is constant-time.
/// </summary>
public static class SlackSignature
{
    private const string Prefix = "v0=";

    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var head = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[head.Length + body.Length];
        head.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(head.Length));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }

    public static SignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxSkew)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || timestamp.Length > 12
            || !signature.StartsWith(Prefix, StringComparison.Ordinal)
            || signature.Length != Prefix.Length + 64)
        {
            return SignatureCheck.MalformedHeaders;
        }

        // Both directions: a timestamp from the future is as suspicious as an old one.
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)maxSkew.TotalSeconds)
        {
            return SignatureCheck.StaleTimestamp;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Channels.WebChat.DirectLine.Tokens;

/// <summary>
/// The bearer secret and the token signing key derived from it. Only hashes are kept, so the comparison takes the
/// same time whatever the candidate's length or content.
/// </summary>
public sealed class DirectLineSecret
{
    private static readonly byte[] SigningLabel = "RoleBot Direct Line token signing v1"u8.ToArray();
    private readonly byte[] _secretHash;

    public DirectLineSecret(IOptions<DirectLineOptions> options, ILogger<DirectLineSecret> logger)
    {
        var secret = options.Value.Secret?.Trim();
        if (string.IsNullOrEmpty(secret))
        {
            secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            DirectLineLog.SecretGenerated(logger, DirectLineOptions.Section);
        }

        var bytes = Encoding.UTF8.GetBytes(secret);
        _secretHash = SHA256.HashData(bytes);
        // A derived key rather than the secret itself: any secret length gives a full 256-bit HMAC key.
        SigningKey = new SymmetricSecurityKey(HMACSHA256.HashData(bytes, SigningLabel)) { KeyId = "directline-v1" };
    }

    public SymmetricSecurityKey SigningKey { get; }

    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _secretHash);
}

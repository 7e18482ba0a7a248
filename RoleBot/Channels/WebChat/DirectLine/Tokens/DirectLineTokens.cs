using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Channels.WebChat.DirectLine.Tokens;

/// <summary>
/// HS256 JWTs bound to one conversation and one user. DirectLineJS decodes the (string) <c>user</c> claim to know
/// who it is; <c>conv</c> is what the endpoints check against the route.
/// </summary>
public sealed class DirectLineTokens(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string Issuer = "rolebot-directline";
    public const string ConversationClaim = "conv";
    public const string UserClaim = "user";

    // Only our own clock issues these, but instances may drift apart; beyond this a future time means a forged or stolen-ahead token.
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    // Far above any token we issue; stops a huge header from reaching the parser.
    private const int MaxTokenLength = 4096;
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(TokenGrant grant)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.TokenLifetime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(secret.SigningKey, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                [ConversationClaim] = grant.ConversationId,
                [UserClaim] = grant.UserId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }

    /// <summary>The grant, or the reason (for logs, free of token content) the token is refused.</summary>
    public async Task<(TokenGrant? Grant, string? Failure)> ValidateAsync(string token)
    {
        if (token.Length > MaxTokenLength || !Handler.CanReadToken(token))
        {
            return (null, "not a token");
        }

        var result = await Handler.ValidateTokenAsync(token, Parameters(secret.SigningKey));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (null, $"invalid ({result.Exception?.GetType().Name})");
        }

        // Lifetime by hand so the injected clock decides; we issued it, so there is no clock skew to forgive.
        var now = time.GetUtcNow().UtcDateTime;
        if (now >= jwt.ValidTo)
        {
            return (null, "expired");
        }

        // ValidFrom and IssuedAt are DateTime.MinValue when the claim is absent, which is never in the future.
        if (jwt.ValidFrom > now + MaxClockSkew || jwt.IssuedAt > now + MaxClockSkew)
        {
            return (null, "not yet valid");
        }

        return jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversation) && !string.IsNullOrEmpty(conversation)
            && jwt.TryGetPayloadValue<string>(UserClaim, out var user) && !string.IsNullOrEmpty(user)
            ? (new TokenGrant(conversation, user), null)
            : (null, "missing claims");
    }

    private static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        ValidateLifetime = false,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = false,
    };
}

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

    /// <summary>Set only on stream tokens: a token that appears in a URL may open the stream and do nothing else.</summary>
    public const string ScopeClaim = "scp";
    public const string StreamScope = "stream";

    // Only our own clock issues these, but instances may drift apart; beyond this a future time means a forged or stolen-ahead token.
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    // Far above any token we issue; stops a huge header from reaching the parser.
    private const int MaxTokenLength = 4096;
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(TokenGrant grant) => Issue(grant, options.Value.TokenLifetime, scope: null);

    /// <summary>The token of a streamUrl: short-lived (the client connects at once) and good for the stream only.</summary>
    public IssuedToken IssueStream(TokenGrant grant) => Issue(grant, options.Value.StreamUrlLifetime, StreamScope);

    private IssuedToken Issue(TokenGrant grant, TimeSpan lifetime, string? scope)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(secret.SigningKey, SecurityAlgorithms.HmacSha256),
            Claims = ClaimsFor(grant, scope),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }

    private static Dictionary<string, object> ClaimsFor(TokenGrant grant, string? scope)
    {
        var claims = new Dictionary<string, object>
        {
            [ConversationClaim] = grant.ConversationId,
            [UserClaim] = grant.UserId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (scope is not null)
        {
            claims[ScopeClaim] = scope;
        }

        return claims;
    }

    /// <summary>
    /// The grant, or the reason (for logs, free of token content) the token is refused. A stream token is accepted
    /// only when <paramref name="stream"/> asks for one, and then nothing else is.
    /// </summary>
    public async Task<(TokenGrant? Grant, string? Failure)> ValidateAsync(string token, bool stream = false)
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

        var isStream = jwt.TryGetPayloadValue<string>(ScopeClaim, out var scope) && scope == StreamScope;
        if (isStream != stream)
        {
            return (null, stream ? "not a stream token" : "a stream token used as a bearer token");
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

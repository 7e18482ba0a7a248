using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>A correctly signed token whose nbf or iat lies in the future beyond the 5-minute clock skew is refused.</summary>
public sealed class FutureTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Cases => FutureTokenCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ValidatesNotBeforeAndIssuedAtAgainstTheClock(string name)
    {
        var testCase = FutureTokenCase.Get(name);
        var options = Options.Create(new DirectLineOptions { Secret = "a-direct-line-secret-for-future-token-tests-0123" });
        var secret = new DirectLineSecret(options, NullLogger<DirectLineSecret>.Instance);
        var tokens = new DirectLineTokens(secret, options, new ManualTimeProvider(Now));
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DirectLineTokens.Issuer,
            Audience = DirectLineTokens.Issuer,
            NotBefore = Now.AddMinutes(testCase.NotBeforeMinutes).UtcDateTime,
            IssuedAt = Now.AddMinutes(testCase.IssuedAtMinutes).UtcDateTime,
            Expires = Now.AddMinutes(90).UtcDateTime,
            SigningCredentials = new SigningCredentials(secret.SigningKey, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object> { [DirectLineTokens.ConversationClaim] = "conv-1", [DirectLineTokens.UserClaim] = "dl_user" },
        });

        var (grant, failure) = await tokens.ValidateAsync(token);

        Assert.Equal(testCase.Accepted, grant is not null);
        Assert.Equal(testCase.Accepted ? null : "not yet valid", failure);
    }
}

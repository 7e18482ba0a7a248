using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>Authorization headers of every kind, aimed at a target conversation; the bad ones are real attack shapes.</summary>
public sealed class Credentials(RoleBotAppFactory app, Ticket target, Ticket other)
{
    public string? HeaderFor(string credential) => credential switch
    {
        "none" => null,
        "basic" => "Basic dXNlcjpwYXNz",
        "garbage" => "Bearer not-a-token",
        "expired" => Bearer(Expired()),
        "tampered" => Bearer(Tampered()),
        "wrongKey" => Bearer(SignedWith("a-different-secret-for-signing-0123456789")),
        "algNone" => Bearer(Unsigned()),
        "otherToken" => Bearer(other.Token),
        "token" => Bearer(target.Token),
        "secret" => Bearer(DirectLineApp.Secret),
        _ => throw new ArgumentOutOfRangeException(nameof(credential), credential, null),
    };

    private static string Bearer(string value) => $"Bearer {value}";

    private TokenGrant TargetGrant => new(target.ConversationId, target.Claims.GetProperty("user").GetString()!);

    // Properly signed by the app's key, but issued an hour before the app's clock.
    private string Expired()
    {
        var past = new ManualTimeProvider(app.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        var tokens = new DirectLineTokens(app.Services.GetRequiredService<DirectLineSecret>(), Options.Create(new DirectLineOptions()), past);
        return tokens.Issue(TargetGrant).Token;
    }

    // The other conversation's valid token with its conversation claim rewritten to the target: the signature no longer matches.
    private string Tampered()
    {
        var parts = other.Token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(other.ConversationId, target.ConversationId, StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private string SignedWith(string secret)
    {
        var key = new DirectLineSecret(Options.Create(new DirectLineOptions { Secret = secret }), NullLogger<DirectLineSecret>.Instance);
        return new DirectLineTokens(key, Options.Create(new DirectLineOptions()), app.Clock).Issue(TargetGrant).Token;
    }

    private string Unsigned()
    {
        var parts = target.Token.Split('.');
        return $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.";
    }
}

using Microsoft.Extensions.DependencyInjection;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>
/// The real app with a known Direct Line secret, one allowed origin and a clock tests move by hand. The real bot
/// answers unless <see cref="EchoDirectLineApp"/> swaps in the protocol tests' EchoBot (which can throw on "boom").
/// </summary>
public sealed class DirectLineApp() : RoleBotAppFactory(With())
{
    public const string Secret = "test-direct-line-secret-0123456789abcdef";
    public const string AllowedOrigin = "https://chat.example.com";

    /// <param name="echoBot">The echo bot instead of the real one.</param>
    /// <param name="services">Further service replacements (e.g. a failing state store), applied last.</param>
    public static RoleBotAppOptions With(bool echoBot = false, Action<IServiceCollection>? services = null) => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["RoleBot:DirectLine:Secret"] = Secret,
            ["RoleBot:DirectLine:AllowedOrigins:0"] = AllowedOrigin,
            // Every test client shares one address; tests of this bound set it low again.
            ["RoleBot:DirectLine:TokenRequestsPerMinutePerClient"] = "100000",
        },
        Clock = new ManualTimeProvider(),
        EchoBot = echoBot,
        Services = services,
    };
}

/// <summary>The same app with the echo bot, for tests about the channel rather than the answers.</summary>
public sealed class EchoDirectLineApp() : RoleBotAppFactory(DirectLineApp.With(echoBot: true));

public static class DirectLineAppExtensions
{
    public static DirectLineTestClient CreateDirectLineClient(this RoleBotAppFactory app) => new(app.CreateClient());
}

using Microsoft.Extensions.DependencyInjection;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>
/// The real app with a known Direct Line secret, one allowed origin and a clock tests move by hand. The real bot
/// answers unless <see cref="UseEchoBot"/> swaps in the protocol tests' EchoBot (which can throw on "boom").
/// </summary>
public class DirectLineAppFactory : RoleBotAppFactory
{
    public const string Secret = "test-direct-line-secret-0123456789abcdef";
    public const string AllowedOrigin = "https://chat.example.com";

    public override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["RoleBot:DirectLine:Secret"] = Secret,
        ["RoleBot:DirectLine:AllowedOrigins:0"] = AllowedOrigin,
        // Every test client shares one address; tests of this bound set it low again.
        ["RoleBot:DirectLine:TokenRequestsPerMinutePerClient"] = "100000",
    };

    public ManualTimeProvider Clock { get; } = new();

    public bool UseEchoBot { get; init; }

    /// <summary>Further service replacements (e.g. a failing state store), applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public DirectLineTestClient CreateDirectLineClient() => new(CreateClient());

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        if (UseEchoBot)
        {
            AddEchoBot(services);
        }

        ConfigureServices?.Invoke(services);
    }
}

/// <summary>The same app with the echo bot, for tests about the channel rather than the answers.</summary>
public sealed class EchoDirectLineAppFactory : DirectLineAppFactory
{
    public EchoDirectLineAppFactory() => UseEchoBot = true;
}

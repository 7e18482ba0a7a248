using Microsoft.Extensions.DependencyInjection;

namespace RoleBot.Tests.Support;

/// <summary>How <see cref="RoleBotAppFactory"/> hosts the real app for one test or fixture.</summary>
public sealed record RoleBotAppOptions
{
    /// <summary>
    /// Host settings; they win over appsettings.json. Read when the host is built (first client or service), so a
    /// fixture may add settings that depend on fakes it starts first.
    /// </summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Replace the real bot with <see cref="EchoBot"/> (see <see cref="RoleBotAppFactory.Recorder"/> and <see cref="RoleBotAppFactory.Gate"/>).</summary>
    public bool EchoBot { get; init; }

    /// <summary><see cref="RoleBotAppFactory.Start"/> opens a real Kestrel listener on 127.0.0.1 instead of the in-memory test server.</summary>
    public bool Kestrel { get; init; }

    /// <summary>The app's <see cref="TimeProvider"/>, moved by hand.</summary>
    public ManualTimeProvider? Clock { get; init; }

    /// <summary>The host environment (e.g. "Development"); the app's default when null.</summary>
    public string? Environment { get; init; }

    /// <summary>
    /// The log sink sees every category at every level, whatever appsettings.json filters: a secret leaked at Debug
    /// by HttpClient or ASP.NET Core is still a leak.
    /// </summary>
    public bool LogEverything { get; init; }

    /// <summary>Further replacements of the app's services, applied last.</summary>
    public Action<IServiceCollection>? Services { get; init; }
}

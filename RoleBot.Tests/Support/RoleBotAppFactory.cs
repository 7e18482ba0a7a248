using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Protocol;

namespace RoleBot.Tests.Support;

/// <summary>
/// The real app under test. <see cref="Settings"/> are applied as host settings so they win over appsettings.json,
/// every log line reaches <see cref="Logs"/>, and <see cref="StartKestrel"/> switches to a real listener on
/// 127.0.0.1 with a random port.
/// </summary>
public abstract class RoleBotAppFactory : WebApplicationFactory<Program>
{
    public virtual IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public LogSink Logs { get; } = new();

    /// <summary>Starts Kestrel and returns a client with real sockets to it.</summary>
    public HttpClient StartKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>The protocol tests' bot: it echoes, records every activity and can be held at a gate.</summary>
    protected static void AddEchoBot(IServiceCollection services)
    {
        services.AddSingleton<TurnRecorder>();
        services.AddSingleton<TestGate>();
        services.AddTransient<IBot, EchoBot>();
    }

    /// <summary>Replacements of the app's services, applied after the app's own registrations.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureTestServices(ConfigureTestServices);
    }
}

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
/// The real app under test, configured by <see cref="RoleBotAppOptions"/>; every log line reaches <see cref="Logs"/>.
/// Class fixtures that xunit constructs are presets of it that only choose options.
/// </summary>
public class RoleBotAppFactory(RoleBotAppOptions? options = null) : WebApplicationFactory<Program>
{
    public RoleBotAppOptions Options { get; } = options ?? new RoleBotAppOptions();

    public LogSink Logs { get; } = new();

    /// <summary>
    /// The knowledge-gap file of this app: a fresh temporary one unless the test sets RoleBot:Insights:Path, so tests
    /// never write into the repository's data/ folder nor see each other's records.
    /// </summary>
    public string InsightsPath => Options.Settings.TryGetValue("RoleBot:Insights:Path", out var path) && path is not null ? path : _insightsPath;

    private readonly string _insightsPath = Path.Combine(Path.GetTempPath(), "rolebot-tests", $"insights-{Guid.NewGuid():N}.db");

    /// <summary>The app's clock (<see cref="RoleBotAppOptions.Clock"/>).</summary>
    public ManualTimeProvider Clock => Options.Clock ?? throw new InvalidOperationException("This app was started without a test clock.");

    /// <summary>Every activity the <see cref="EchoBot"/> saw.</summary>
    public TurnRecorder Recorder => Services.GetRequiredService<TurnRecorder>();

    /// <summary>Holds the <see cref="EchoBot"/> inside a "block" turn until opened.</summary>
    public TestGate Gate => Services.GetRequiredService<TestGate>();

    /// <summary>Starts the app and returns a client to it: real sockets when <see cref="RoleBotAppOptions.Kestrel"/>, else the test server.</summary>
    public HttpClient Start()
    {
        if (!Options.Kestrel)
        {
            return CreateClient();
        }

        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Options.Environment is { } environment)
        {
            builder.UseEnvironment(environment);
        }

        builder.UseSetting("RoleBot:Insights:Path", _insightsPath);
        // Compiled cues match as interpreted ones do, and compiling them costs each test app a second of CPU a second
        // after it starts; CueCompilationTests turns it on.
        builder.UseSetting("RoleBot:Understanding:CompileCues", "false");
        foreach (var (key, value) in Options.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
            if (Options.LogEverything)
            {
                logging.AddFilter<LogSink>(null, LogLevel.Trace);
            }
        });
        builder.ConfigureTestServices(ReplaceServices);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // The store creates its folder on the first write; an app that recorded nothing has neither folder nor file.
        if (File.Exists(_insightsPath))
        {
            File.Delete(_insightsPath);
        }

        GC.SuppressFinalize(this);
    }

    private void ReplaceServices(IServiceCollection services)
    {
        if (Options.Clock is { } clock)
        {
            services.AddSingleton<TimeProvider>(clock);
        }

        if (Options.EchoBot)
        {
            services.AddSingleton<TurnRecorder>();
            services.AddSingleton<TestGate>();
            services.AddTransient<IBot, EchoBot>();
        }

        Options.Services?.Invoke(services);
    }
}

/// <summary>The app with the test bot (<see cref="EchoBot"/>), for tests about the protocol rather than the answers.</summary>
public sealed class EchoBotApp() : RoleBotAppFactory(new RoleBotAppOptions { EchoBot = true });

/// <summary>The app exactly as Program builds it, as a class fixture (xunit cannot pass the options).</summary>
public sealed class DefaultApp() : RoleBotAppFactory(new RoleBotAppOptions());

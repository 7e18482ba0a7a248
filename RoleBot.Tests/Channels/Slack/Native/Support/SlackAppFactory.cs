using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Tests.Protocol.Support;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>
/// The real app (real bot, dialogs, knowledge base) with the native Slack app configured against a
/// <see cref="FakeSlack"/>. One queue partition makes the Slack queue strictly first in, first out, so once a
/// later message is answered every earlier one has been handled.
/// </summary>
public sealed class SlackAppFactory(string? apiBaseUrl, bool configured = true, IDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-rolebot-test-token-0000";

    public LogSink Logs { get; } = new();

    /// <summary>Starts a real Kestrel listener on 127.0.0.1 and returns a client with real sockets to it.</summary>
    public HttpClient StartKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (configured)
        {
            builder.UseSetting("Slack:SigningSecret", SigningSecret);
            builder.UseSetting("Slack:BotToken", BotToken);
            builder.UseSetting("Slack:ApiBaseUrl", apiBaseUrl);
            builder.UseSetting("Slack:QueuePartitions", "1");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        // Everything, HttpClient's request lines and headers included, so tests see every line that could leak.
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:System.Net.Http.HttpClient", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
    }
}

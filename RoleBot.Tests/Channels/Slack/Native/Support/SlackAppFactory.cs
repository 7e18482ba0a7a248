using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using RoleBot.Tests.Protocol.Support;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>
/// The real app (real bot, dialogs, knowledge base) with the native Slack app configured against a
/// <see cref="FakeSlack"/>. One queue partition makes the Slack queue strictly first in, first out, so once a
/// later message is answered every earlier one has been handled.
/// </summary>
public sealed class SlackAppFactory(string? apiBaseUrl, bool configured = true) : WebApplicationFactory<Program>
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-rolebot-test-token-0000";

    public LogSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (configured)
        {
            builder.UseSetting("Slack:SigningSecret", SigningSecret);
            builder.UseSetting("Slack:BotToken", BotToken);
            builder.UseSetting("Slack:ApiBaseUrl", apiBaseUrl);
            builder.UseSetting("Slack:QueuePartitions", "1");
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>
/// The Slack client as the app registers it: a redirect from the Web API or a response_url is a failed post, logged
/// with status and host, not retried, and neither the bot token nor the reply reaches the Location.
/// </summary>
public sealed class SlackRedirectTests : RedirectingTests
{
    private readonly LogSink _logs = new();
    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task WebApiPostIsNotRedirected(int status)
    {
        await using var services = Build(Redirector.Url(status, "api/"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => services.GetRequiredService<SlackApiClient>()
            .PostMessageAsync(new JsonObject { ["channel"] = "C0REDIRECT", ["text"] = "the reply" }, CancellationToken.None));

        AssertRefused(status, error, "chat.postMessage");
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task ResponseUrlPostIsNotRedirected(int status)
    {
        await using var services = Build("https://slack.com/api/");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => services.GetRequiredService<SlackApiClient>()
            .PostToResponseUrlAsync(new Uri(Redirector.Url(status, "response/T1/abc")), new JsonObject { ["text"] = "the reply" }, CancellationToken.None));

        AssertRefused(status, error, "response_url");
    }

    private void AssertRefused(int status, SlackApiException error, string method)
    {
        Assert.Equal((method, $"http_{status}"), (error.Method, error.Error));
        Assert.Single(Redirector.Redirected);
        Assert.Empty(Redirector.ReachedTarget);
        var line = Assert.Single(_logs.Entries, e => e.Category == typeof(SlackApiClient).FullName);
        Assert.Contains($"{status} from 127.0.0.1", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Redirector.LocationMarker, _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Redirector.TargetBaseUrl, _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("response/T1/abc", _logs.All, StringComparison.Ordinal);
    }

    private ServiceProvider Build(string apiBaseUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackApp.SigningSecret,
            ["Slack:BotToken"] = SlackApp.BotToken,
            ["Slack:ApiBaseUrl"] = apiBaseUrl,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddRoleBotSlack(configuration);
        return services.BuildServiceProvider();
    }
}

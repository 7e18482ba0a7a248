using System.Text.Json;
using RoleBot.Channels.Slack.Native;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>The Slack app manifest points at the endpoints the app maps and subscribes to exactly the events it answers.</summary>
public sealed class SlackManifestTests
{
    private static readonly JsonElement Manifest = Load();

    [Fact]
    public void PointsEveryRequestUrlAtTheMatchingEndpointOnOneHost()
    {
        var urls = new[]
        {
            Manifest.GetProperty("settings").GetProperty("event_subscriptions").GetProperty("request_url").GetString(),
            Manifest.GetProperty("features").GetProperty("slash_commands")[0].GetProperty("url").GetString(),
            Manifest.GetProperty("settings").GetProperty("interactivity").GetProperty("request_url").GetString(),
        }.Select(u => new Uri(u!)).ToList();

        Assert.Equal(
            [SlackNativeServiceExtensions.EventsPath, SlackNativeServiceExtensions.CommandsPath, SlackNativeServiceExtensions.InteractivityPath],
            urls.Select(u => u.AbsolutePath));
        Assert.All(urls, u => Assert.Equal(Uri.UriSchemeHttps, u.Scheme));
        Assert.Single(urls.Select(u => u.Host).Distinct());
    }

    [Fact]
    public void SubscribesToMentionsAndDirectMessagesOnly()
    {
        // message.channels would deliver every channel mention a second time (see SlackEventFilter).
        var events = Manifest.GetProperty("settings").GetProperty("event_subscriptions").GetProperty("bot_events")
            .EnumerateArray().Select(e => e.GetString()).Order();

        Assert.Equal(["app_mention", "message.im"], events);
    }

    [Fact]
    public void AsksForTheScopesItsFeaturesNeed()
    {
        var scopes = Manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString()).ToHashSet();

        Assert.Superset(new HashSet<string?> { "app_mentions:read", "im:history", "chat:write", "commands" }, scopes);
        Assert.Equal("/rolebot", Manifest.GetProperty("features").GetProperty("slash_commands")[0].GetProperty("command").GetString());
        Assert.True(Manifest.GetProperty("settings").GetProperty("interactivity").GetProperty("is_enabled").GetBoolean());
    }

    private static JsonElement Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "deploymentTemplates")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("deploymentTemplates/ not found above the test output."), "deploymentTemplates", "slack", "manifest.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }
}

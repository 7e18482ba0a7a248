using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>RoleBot:DirectLine settings (TestData/options.json) bound and validated as the app does on start.</summary>
public class OptionsValidationTests
{
    private static readonly Lazy<JsonArray> Cases = new(() => JsonNode.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Channels", "WebChat", "DirectLine", "TestData", "options.json")))!.AsArray());

    public static TheoryData<string> Names => [.. Cases.Value.Select(c => c!["name"]!.GetValue<string>())];

    [Theory]
    [MemberData(nameof(Names))]
    public void SettingsAreAcceptedOrRejectedWithAReason(string name)
    {
        var testCase = Cases.Value.Single(c => c!["name"]!.GetValue<string>() == name)!;
        var settings = testCase["settings"]!.AsObject().ToDictionary(p => $"{DirectLineOptions.Section}:{p.Key}", p => (string?)p.Value!.GetValue<string>());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddRoleBotDirectLine(configuration).BuildServiceProvider();

        var error = Record.Exception(() => services.GetRequiredService<IOptions<DirectLineOptions>>().Value);

        if (testCase["error"] is { } expected)
        {
            var failure = Assert.IsType<OptionsValidationException>(error);
            Assert.Contains(expected.GetValue<string>(), failure.Message);
        }
        else
        {
            Assert.Null(error);
        }
    }

    [Fact]
    public async Task TheAppRefusesToStartWithABadSetting()
    {
        await using var app = new DirectLineApp();
        app.Options.Settings["RoleBot:DirectLine:TokenLifetime"] = "00:05:00";

        var error = Record.Exception(() => app.CreateClient());

        Assert.Contains("TokenLifetime", error?.ToString());
    }

    [Fact]
    public async Task WithoutASecretOneIsGeneratedAndAnnouncedWithoutItsValue()
    {
        await using var app = new DirectLineApp();
        app.Options.Settings.Remove("RoleBot:DirectLine:Secret");
        var client = app.CreateDirectLineClient();

        var ticket = await client.OpenAsync();

        Assert.Single((await client.PollAsync(ticket.Token, ticket.ConversationId)).Activities);
        Assert.Contains(app.Logs.Lines, l => l.Contains("generated a random one", StringComparison.Ordinal));
        using var secretAttempt = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineApp.Secret);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, secretAttempt.StatusCode);
    }
}

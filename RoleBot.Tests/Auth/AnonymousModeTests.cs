using Microsoft.Extensions.Logging;
using RoleBot.Auth;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth;

/// <summary>Without MicrosoftAppId the bot is anonymous; a Production host must opt in with RoleBot:AllowAnonymous=true.</summary>
public sealed class AnonymousModeTests
{
    private static readonly string StartupCategory = typeof(AnonymousMode).Namespace + ".AnonymousModeStartupLog";

    public static TheoryData<string> Cases => AnonymousModeCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnonymousTrafficIsAcceptedOnlyWhereAllowed(string name)
    {
        var testCase = AnonymousModeCase.Get(name);
        await using var app = Start(testCase);
        using var client = app.Start();

        using var response = await client.PostActivityAsync(ActivityBodies.Message("hello"));

        Assert.Equal(testCase.Status, (int)response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task StartupSaysOnceWhetherAnonymousModeIsOnOrRefused(string name)
    {
        var testCase = AnonymousModeCase.Get(name);
        await using var app = Start(testCase);
        using var client = app.Start();

        var line = Assert.Single(app.Logs.Entries, e => e.Category == StartupCategory);

        Assert.Equal(Enum.Parse<LogLevel>(testCase.StartupLevel), line.Level);
        Assert.Contains("MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId", line.Message, StringComparison.Ordinal);
        Assert.Equal(testCase.Status == 401, line.Message.Contains("RoleBot:AllowAnonymous=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusedRequestIsLoggedWithTheKeysToSet()
    {
        await using var app = Start(AnonymousModeCase.Get("ProductionRefusesByDefault"));
        using var client = app.Start();

        using var response = await client.PostActivityAsync(ActivityBodies.Message("hello"));

        Assert.Contains(app.Logs.Lines, l => l.Contains("Authentication failed", StringComparison.Ordinal)
            && l.Contains(AnonymousMode.RefusedReason, StringComparison.Ordinal));
        Assert.Empty(app.Recorder.All);
    }

    [Fact]
    public async Task WithAnAppIdNothingIsSaidAboutAnonymousMode()
    {
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions
        {
            EchoBot = true,
            Environment = "Production",
            Settings = { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppPassword"] = "a-password-for-this-test" },
        });
        using var client = app.Start();

        Assert.DoesNotContain(app.Logs.Entries, e => e.Category == StartupCategory);
    }

    private static RoleBotAppFactory Start(AnonymousModeCase testCase)
    {
        var settings = new Dictionary<string, string?>();
        if (testCase.AllowAnonymous is { } allow)
        {
            settings["RoleBot:AllowAnonymous"] = allow;
        }

        return new RoleBotAppFactory(new RoleBotAppOptions { EchoBot = true, Environment = testCase.Environment, Settings = settings });
    }
}

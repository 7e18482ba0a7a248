using System.Net;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

public class AuthenticationConfiguredTests(AuthenticationConfiguredTests.AppIdFactory factory) : IClassFixture<AuthenticationConfiguredTests.AppIdFactory>
{
    public sealed class AppIdFactory() : RoleBotAppFactory(new RoleBotAppOptions
    {
        EchoBot = true,
        Settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "configured-so-startup-validation-passes",
        },
    });

    [Fact]
    public async Task WithAnAppIdARequestWithoutTokenIsRejectedWith401()
    {
        var activity = ActivityBodies.Message("hi").ExpectReplies();

        using var response = await factory.CreateClient().PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, factory.Recorder.CountWhere(a => a.Id == activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task BadBodiesAreStillRejectedWith400BeforeAuthentication()
    {
        using var response = await factory.CreateClient().PostAsync("/api/messages", ActivityBodies.Json("{"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

using Microsoft.Extensions.Options;
using RoleBot.Auth;
using RoleBot.Protocol;

namespace RoleBot.Tests.Auth;

public class AnonymousRequestAuthenticatorTests
{
    private static readonly Activity Message = new() { Type = "message", ChannelId = "emulator" };

    [Fact]
    public async Task WithoutAppIdARequestWithoutAuthorizationIsAnonymous()
    {
        var result = await Create(appId: "").AuthenticateAsync("", Message, default);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.False(result.ServiceUrlTrusted);
    }

    [Fact]
    public async Task WithoutAppIdARequestWithAuthorizationIsRejected()
    {
        var result = await Create(appId: null).AuthenticateAsync("Bearer eyJ.x.y", Message, default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task WithAnAppIdAndNoValidatorEveryRequestIsRejected()
    {
        var authenticator = Create(appId: "00000000-0000-0000-0000-000000000001");

        Assert.False((await authenticator.AuthenticateAsync("", Message, default)).Succeeded);
        Assert.False((await authenticator.AuthenticateAsync("Bearer eyJ.x.y", Message, default)).Succeeded);
    }

    private static AnonymousRequestAuthenticator Create(string? appId) =>
        new(Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId }));
}

using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Support;

/// <summary>
/// The app with the echo bot and an app id, validating tokens against the loopback key server and replying through
/// the loopback token endpoint and Connector; their addresses become settings once they have started.
/// </summary>
public sealed class AuthenticatedApp() : RoleBotAppFactory(new RoleBotAppOptions { EchoBot = true }), IAsyncLifetime
{
    internal KeyServer Keys { get; private set; } = null!;
    internal TokenEndpoint Tokens { get; private set; } = null!;
    internal FakeConnector Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Keys = await KeyServer.StartAsync();
        Tokens = await TokenEndpoint.StartAsync();
        Connector = await FakeConnector.StartAsync();
        Options.Settings["MicrosoftAppType"] = "MultiTenant";
        Options.Settings["MicrosoftAppId"] = TestTokens.AppId;
        Options.Settings["MicrosoftAppPassword"] = TestTokens.AppPassword;
        Options.Settings["ToBotFromChannelOpenIdMetadataUrl"] = Keys.ChannelMetadataUrl;
        Options.Settings["ToBotFromEmulatorOpenIdMetadataUrl"] = Keys.EmulatorMetadataUrl;
        Options.Settings["ToChannelFromBotLoginUrlTemplate"] = Tokens.LoginUrlTemplate;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
        await Keys.DisposeAsync();
    }
}

using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Support;

/// <summary>
/// The real app with an app id, validating tokens against the loopback key server and replying through the loopback
/// token endpoint and Connector.
/// </summary>
public sealed class AuthenticatedAppFactory : ProtocolAppFactory, IAsyncLifetime
{
    internal KeyServer Keys { get; private set; } = null!;
    internal TokenEndpoint Tokens { get; private set; } = null!;
    internal FakeConnector Connector { get; private set; } = null!;

    public override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = TestTokens.AppPassword,
        ["ToBotFromChannelOpenIdMetadataUrl"] = Keys.ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = Keys.EmulatorMetadataUrl,
        ["ToChannelFromBotLoginUrlTemplate"] = Tokens.LoginUrlTemplate,
    };

    public async Task InitializeAsync()
    {
        Keys = await KeyServer.StartAsync();
        Tokens = await TokenEndpoint.StartAsync();
        Connector = await FakeConnector.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
        await Keys.DisposeAsync();
    }
}

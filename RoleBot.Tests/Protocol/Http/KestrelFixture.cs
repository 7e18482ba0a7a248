using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>The app on a real Kestrel listener (127.0.0.1, random port) replying to a loopback fake Connector.</summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;
    public RoleBotAppFactory App { get; } = new(new RoleBotAppOptions { EchoBot = true, Kestrel = true });
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Client = App.Start();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

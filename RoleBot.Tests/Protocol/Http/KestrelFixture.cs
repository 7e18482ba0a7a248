using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>The app on a real Kestrel listener (127.0.0.1, random port) replying to a loopback fake Connector.</summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;
    public ProtocolAppFactory App { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Client = App.StartKestrel();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Support;

/// <summary>
/// Loopback stand-in for login.botframework.com and login.microsoftonline.com: OpenID metadata pointing at a JWKS
/// with Bot Framework endorsements. Keys can be added while running to simulate rollover.
/// </summary>
internal sealed class KeyServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TestKey> _channelKeys = new();
    private readonly ConcurrentDictionary<string, TestKey> _emulatorKeys = new();
    private LoopbackServer? _server;
    private int _channelJwksRequests;

    public TestKey ChannelKey { get; } = new("channel-key", ["msteams", "webchat", "directline", "slack"]);
    public TestKey BareKey { get; } = new("bare-key", null);
    public TestKey EmulatorKey { get; } = new("emulator-key", null);

    public int ChannelJwksRequests => Volatile.Read(ref _channelJwksRequests);

    public string ChannelMetadataUrl => $"{_server!.BaseUrl}/channel/.well-known/openidconfiguration";
    public string EmulatorMetadataUrl => $"{_server!.BaseUrl}/emulator/.well-known/openid-configuration";

    public static async Task<KeyServer> StartAsync()
    {
        var keys = new KeyServer();
        keys.AddChannelKey(keys.ChannelKey);
        keys.AddChannelKey(keys.BareKey);
        keys._emulatorKeys[keys.EmulatorKey.Kid] = keys.EmulatorKey;
        keys._server = await LoopbackServer.StartAsync(keys.Map);
        return keys;
    }

    public void AddChannelKey(TestKey key) => _channelKeys[key.Kid] = key;

    private void Map(WebApplication app)
    {
        app.MapGet("/{source}/.well-known/{document}", (HttpContext http, string source) =>
            Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/{source}/keys" }));
        app.MapGet("/channel/keys", () =>
        {
            Interlocked.Increment(ref _channelJwksRequests);
            return Results.Json(new { keys = _channelKeys.Values.Select(k => k.ToJwk()) });
        });
        app.MapGet("/emulator/keys", () => Results.Json(new { keys = _emulatorKeys.Values.Select(k => k.ToJwk()) }));
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}

using Microsoft.Extensions.Options;

namespace RoleBot.Auth.Inbound;

/// <summary>One key cache per metadata source, living as long as the app so the cache is shared by all requests.</summary>
internal sealed class SigningKeyStores(
    IOptions<BotFrameworkOptions> options,
    IOptions<AuthTuningOptions> tuning,
    IHttpClientFactory httpClients,
    TimeProvider time,
    ILoggerFactory loggerFactory)
{
    private readonly Lazy<OpenIdKeyStore> _channel = new(() => new OpenIdKeyStore(
        options.Value.ToBotFromChannelOpenIdMetadataUrl, httpClients, tuning.Value, time, loggerFactory.CreateLogger<OpenIdKeyStore>()));

    private readonly Lazy<OpenIdKeyStore> _emulator = new(() => new OpenIdKeyStore(
        options.Value.ToBotFromEmulatorOpenIdMetadataUrl, httpClients, tuning.Value, time, loggerFactory.CreateLogger<OpenIdKeyStore>()));

    public OpenIdKeyStore Channel => _channel.Value;

    public OpenIdKeyStore Emulator => _emulator.Value;
}

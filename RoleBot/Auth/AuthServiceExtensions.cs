using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoleBot.Auth.Inbound;
using RoleBot.Auth.Outbound;
using RoleBot.Protocol.Connector;
using RoleBot.Telemetry;

namespace RoleBot.Auth;

public static class AuthServiceExtensions
{
    /// <summary>Bot Framework authentication: inbound JWT validation and the Connector's token and retry handlers.</summary>
    public static IServiceCollection AddRoleBotAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRoleBotMetrics();
        // The SDK's keys (MicrosoftAppId, ...) live at the configuration root.
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<AuthTuningOptions>().Bind(configuration.GetSection(AuthTuningOptions.SectionName));
        services.AddOptions<ManagedIdentityOptions>().Configure(o =>
        {
            o.IdentityEndpoint = configuration["IDENTITY_ENDPOINT"];
            o.IdentityHeader = configuration["IDENTITY_HEADER"];
        });
        services.AddOptions<AnonymousModeOptions>().Bind(configuration.GetSection(AnonymousModeOptions.Section));
        services.TryAddSingleton<AnonymousMode>();
        services.AddHostedService<AnonymousModeStartupLog>();
        services.TryAddSingleton(TimeProvider.System);

        AddInbound(services);
        AddOutbound(services);
        return services;
    }

    private static void AddInbound(IServiceCollection services)
    {
        // Channels give up on us after 15 s, so a slow metadata host must fail fast rather than hold the request.
        services.AddHttpClient(OpenIdKeyStore.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects)
            .RedactLoggedHeaders(_ => true);
        services.TryAddSingleton<SigningKeyStores>();
        services.TryAddSingleton<SignedTokenVerifier>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<EmulatorTokenValidator>();
        services.TryAddSingleton<IRequestAuthenticator, BotFrameworkRequestAuthenticator>();
    }

    private static void AddOutbound(IServiceCollection services)
    {
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects)
            .RedactLoggedHeaders(_ => true);
        services.TryAddSingleton<IAccessTokenProvider>(sp =>
            BotAppTypes.Parse(sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppType) == BotAppType.UserAssignedMsi
                ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(sp)
                : ActivatorUtilities.CreateInstance<ClientCredentialsTokenProvider>(sp));

        // Retry is the outer handler so each attempt goes through the token handler (and its one 401 retry).
        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<ConnectorAuthHandler>();
        services.AddHttpClient(ConnectorHttp.ClientName)
            .ConfigurePrimaryHttpMessageHandler(ConnectorHttp.Handler)
            .RedactLoggedHeaders(_ => true)
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorAuthHandler>();
    }

    // Keys and tokens come only from the configured hosts: a redirect would send the client secret or the identity
    // header elsewhere, or take signing keys from elsewhere. A 3xx is a failed fetch.
    private static HttpMessageHandler NoRedirects() => new SocketsHttpHandler { AllowAutoRedirect = false };
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace RoleBot.Auth.Outbound;

/// <summary>Client-credentials grant against Entra ID with the app password (MultiTenant and SingleTenant bots).</summary>
internal sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotFrameworkOptions> options,
    IOptions<AuthTuningOptions> tuning,
    TimeProvider time,
    ILogger<ClientCredentialsTokenProvider> logger) : CachingAccessTokenProvider(time, tuning)
{
    public const string HttpClientName = "BotFrameworkLogin";

    protected override async Task<AcquiredToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = TokenUrl(settings);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId ?? string.Empty,
            ["client_secret"] = settings.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = Scope(settings.ToChannelFromBotOAuthScope),
        };

        var requestedAt = Time.GetUtcNow();
        using var content = new FormUrlEncodedContent(form);
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(url, content, cancellationToken);
        using var document = await TokenResponse.ReadAsync(response, $"Token request to {url}", cancellationToken);
        var token = TokenResponse.AccessToken(document, url);
        var expiresIn = TokenResponse.Number(document, "expires_in") ?? 3600;
        logger.LogInformation("Acquired a Bot Connector token from {TokenUrl}, valid for {Seconds} s", url, expiresIn);
        return new AcquiredToken(token, requestedAt, requestedAt.AddSeconds(expiresIn));
    }

    public static string TokenUrl(BotFrameworkOptions settings)
    {
        var tenant = BotAppTypes.Parse(settings.MicrosoftAppType) == BotAppType.SingleTenant
            ? settings.MicrosoftAppTenantId?.Trim()
            : AuthConstants.DefaultChannelAuthTenant;
        if (string.IsNullOrEmpty(tenant))
        {
            throw new AccessTokenException("MicrosoftAppType SingleTenant requires MicrosoftAppTenantId.");
        }

        var authority = string.Format(CultureInfo.InvariantCulture, settings.ToChannelFromBotLoginUrlTemplate, Uri.EscapeDataString(tenant));
        return authority.TrimEnd('/') + "/oauth2/v2.0/token";
    }

    public static string Scope(string resource) =>
        resource.EndsWith("/.default", StringComparison.Ordinal) ? resource : resource.TrimEnd('/') + "/.default";
}

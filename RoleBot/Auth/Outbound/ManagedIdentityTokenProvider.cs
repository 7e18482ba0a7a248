using Microsoft.Extensions.Options;

namespace RoleBot.Auth.Outbound;

/// <summary>
/// UserAssignedMSI: asks the App Service managed identity endpoint (api-version 2019-08-01) for a token for the
/// identity whose client id is MicrosoftAppId. No secret is configured anywhere.
/// </summary>
internal sealed class ManagedIdentityTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotFrameworkOptions> options,
    IOptions<ManagedIdentityOptions> identity,
    IOptions<AuthTuningOptions> tuning,
    TimeProvider time,
    ILogger<ManagedIdentityTokenProvider> logger) : CachingAccessTokenProvider(time, tuning)
{
    protected override async Task<AcquiredToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var endpoint = identity.Value.IdentityEndpoint;
        var secretHeader = identity.Value.IdentityHeader;
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(secretHeader))
        {
            throw new AccessTokenException(
                "MicrosoftAppType UserAssignedMSI needs the App Service managed identity endpoint: IDENTITY_ENDPOINT and " +
                "IDENTITY_HEADER are not set. Run in Azure App Service/Functions with the user-assigned identity attached, " +
                "or use SingleTenant with MicrosoftAppPassword.");
        }

        var resource = options.Value.ToChannelFromBotOAuthScope.TrimEnd('/');
        var url = $"{endpoint}?api-version=2019-08-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(options.Value.MicrosoftAppId ?? string.Empty)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-IDENTITY-HEADER", secretHeader);

        var requestedAt = Time.GetUtcNow();
        using var response = await httpClients.CreateClient(ClientCredentialsTokenProvider.HttpClientName).SendAsync(request, cancellationToken);
        using var document = await TokenResponse.ReadAsync(response, "Managed identity token request", cancellationToken);
        var token = TokenResponse.AccessToken(document, "Managed identity endpoint");
        var expiresAt = TokenResponse.Number(document, "expires_on") is { } epoch
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : requestedAt.AddSeconds(TokenResponse.Number(document, "expires_in") ?? 3600);
        logger.LogInformation("Acquired a Bot Connector token from the managed identity endpoint, expiring {ExpiresAt:O}", expiresAt);
        return new AcquiredToken(token, requestedAt, expiresAt);
    }
}

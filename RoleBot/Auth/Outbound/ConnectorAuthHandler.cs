using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using RoleBot.Protocol.Connector;

namespace RoleBot.Auth.Outbound;

/// <summary>
/// Attaches the bot's bearer token to Connector calls that opted in with <see cref="ConnectorHttp.AttachToken"/>
/// (only serviceUrls that passed inbound claim validation) and retries once with a fresh token on 401/403.
/// </summary>
internal sealed class ConnectorAuthHandler(
    IAccessTokenProvider tokens,
    IOptions<BotFrameworkOptions> options,
    ILogger<ConnectorAuthHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attach = request.Options.TryGetValue(ConnectorHttp.AttachToken, out var wanted) && wanted
            && !options.Value.IsAuthenticationDisabled;
        if (!attach)
        {
            // Whatever a caller put there, an untrusted serviceUrl must never see a credential.
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken);
        }

        await RequestBuffering.BufferAsync(request, cancellationToken);
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            return response;
        }

        logger.LogWarning("Connector answered {Status} to {Method} {Host}; renewing the token and retrying once",
            (int)response.StatusCode, request.Method, request.RequestUri?.Host);
        response.Dispose();
        token = await tokens.RefreshAsync(token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}

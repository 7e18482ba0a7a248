using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RoleBot.Protocol.Http;

namespace RoleBot.Protocol.Connector;

/// <summary>
/// Posts activities to the Bot Connector. Tokens and retries are DelegatingHandlers on the named client,
/// steered by <see cref="ConnectorHttp.AttachToken"/>.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClientFactory, ILogger<ConnectorClient> logger) : IConnectorClient
{
    // Channel answers are tiny ({"id":...} or an error); anything bigger is not worth reading.
    private const int MaxResponseBytes = 64 * 1024;

    public async Task<string?> SendAsync(Activity activity, bool attachToken, Func<CancellationToken, Task>? departure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var content = new DepartingContent(JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options), departure);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, ConnectorUrls.ForReply(activity)) { Content = content };
        request.Options.Set(ConnectorHttp.AttachToken, attachToken);

        var client = httpClientFactory.CreateClient(ConnectorHttp.ClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if ((int)response.StatusCode is >= 300 and < 400)
        {
            // The client does not follow redirects (ConnectorHttp.Handler): a reply re-sent to the Location could reach
            // any address, and a 302 would turn it into a body-less GET that still looks delivered.
            ProtocolLog.RedirectRefused(logger, (int)response.StatusCode, request.RequestUri?.Host);
            throw new ConnectorException((int)response.StatusCode, "Redirect", "redirects are not followed");
        }

        var body = await ReadBodyAsync(response, cancellationToken);
        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted)
        {
            return body.StringOrNull("id");
        }

        var error = ReadError(body);
        throw new ConnectorException((int)response.StatusCode, error.StringOrNull("code"), error.StringOrNull("message"));
    }

    private static async Task<JsonElement?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bytes = await BoundedReader.ReadAsync(stream, response.Content.Headers.ContentLength, MaxResponseBytes, cancellationToken);
        if (bytes is not { Length: > 0 })
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Some channels answer success with a non-JSON body; that is still a success without an id.
            return null;
        }
    }

    private static JsonElement? ReadError(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var error) ? error : null;
}

namespace RoleBot.Protocol.Connector;

/// <summary>
/// The named HttpClient the connector uses. Authentication and retry live in DelegatingHandlers on
/// this client, keyed by the per-request option below, so the client itself stays a plain REST call.
/// </summary>
public static class ConnectorHttp
{
    public const string ClientName = "BotConnector";

    /// <summary>Set on each request: true only when a bearer token may be attached.</summary>
    public static readonly HttpRequestOptionsKey<bool> AttachToken = new("RoleBot.AttachToken");

    /// <summary>
    /// The primary handler: redirects are never followed. The serviceUrl policy judges only the address a request
    /// names, so a redirect would carry the reply (and its token) past it.
    /// </summary>
    public static HttpMessageHandler Handler() => new SocketsHttpHandler { AllowAutoRedirect = false };
}

using System.Text.Json;

namespace RoleBot.Auth.Inbound;

/// <summary>
/// Signing keys behind one OpenID metadata document, cached for a configurable lifetime and refreshed early
/// when a token names a kid we do not know (key rollover), at most once per interval and one fetch at a time.
/// </summary>
internal sealed class OpenIdKeyStore(
    string metadataUrl, IHttpClientFactory httpClients, AuthTuningOptions tuning, TimeProvider time, ILogger logger)
{
    public const string HttpClientName = "BotFrameworkOpenIdMetadata";

    private sealed record Snapshot(SigningKeySet Keys, DateTimeOffset FetchedAt);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private Snapshot? _snapshot;
    private DateTimeOffset? _lastUnknownKidRefresh;

    public string MetadataUrl => metadataUrl;

    /// <summary>Null when the kid is unknown even after the refresh we were allowed to make.</summary>
    public async Task<SigningKey?> FindKeyAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is null || time.GetUtcNow() - snapshot.FetchedAt >= tuning.SigningKeyCacheLifetime)
        {
            snapshot = await RefreshAsync(snapshot, forUnknownKid: false, cancellationToken);
        }

        if (snapshot.Keys.Keys.TryGetValue(kid, out var key))
        {
            return key;
        }

        snapshot = await RefreshAsync(snapshot, forUnknownKid: true, cancellationToken);
        return snapshot.Keys.Keys.GetValueOrDefault(kid);
    }

    private async Task<Snapshot> RefreshAsync(Snapshot? seen, bool forUnknownKid, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var current = _snapshot;
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current; // another caller refreshed while we waited
            }

            var now = time.GetUtcNow();
            if (forUnknownKid)
            {
                if (_lastUnknownKidRefresh is { } last && now - last < tuning.SigningKeyMinRefreshInterval)
                {
                    return current!;
                }

                _lastUnknownKidRefresh = now;
            }

            return await FetchAsync(seen, now, cancellationToken);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<Snapshot> FetchAsync(Snapshot? seen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var keys = await DownloadAsync(cancellationToken);
            logger.LogInformation("Loaded {Count} signing keys from {MetadataUrl}", keys.Keys.Count, metadataUrl);
            Volatile.Write(ref _snapshot, new Snapshot(keys, now));
        }
        catch (Exception ex) when (seen is not null && ex is HttpRequestException or JsonException or FormatException or TaskCanceledException)
        {
            // Keep serving the keys we have; try again after the minimum interval rather than on every request.
            logger.LogWarning(ex, "Refreshing signing keys from {MetadataUrl} failed; keeping the cached keys", metadataUrl);
            var retryAt = now - tuning.SigningKeyCacheLifetime + tuning.SigningKeyMinRefreshInterval;
            Volatile.Write(ref _snapshot, seen with { FetchedAt = retryAt });
        }

        return _snapshot!;
    }

    private async Task<SigningKeySet> DownloadAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(metadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
        if (string.IsNullOrEmpty(jwksUri))
        {
            throw new FormatException($"OpenID metadata at {metadataUrl} has no jwks_uri.");
        }

        return JwksParser.Parse(await http.GetStringAsync(jwksUri, cancellationToken));
    }
}

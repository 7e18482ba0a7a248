using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Protocol.Connector;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

using Reply = RoleBot.Tests.Support.FakeConnector.Reply;

namespace RoleBot.Tests.Auth.Outbound;

/// <summary>The real "BotConnector" HttpClient pipeline against a loopback token endpoint and Connector.</summary>
public sealed class ConnectorHandlerTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero)) { TimersFireAtOnce = true };
    private readonly LogSink _logs = new();
    private TokenEndpoint _tokens = null!;
    private FakeConnector _connector = null!;
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        _tokens = await TokenEndpoint.StartAsync();
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Fact]
    public async Task AttachesBearerTokenWhenRequested()
    {
        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {TokenEndpoint.TokenNumber(1)}", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendsNoAuthorizationWhenAttachTokenIsFalse()
    {
        using var response = await SendAsync(attachToken: false, presetAuthorization: "Bearer leaked-by-a-caller");

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Empty(_tokens.Requests);
    }

    [Fact]
    public async Task SendsNoAuthorizationWhenTheOptionIsNotSet()
    {
        using var response = await SendAsync(attachToken: null);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendsNoAuthorizationWhenAuthenticationIsDisabled()
    {
        using var response = await SendAsync(attachToken: true, configure: s => s["MicrosoftAppId"] = "");

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Empty(_tokens.Requests);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task RenewsTokenAndRetriesOnceWhenTheConnectorRefusesIt(int status)
    {
        _connector.Script(new Reply(status));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"Bearer {TokenEndpoint.TokenNumber(1)}", $"Bearer {TokenEndpoint.TokenNumber(2)}"],
            _connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task GivesUpAfterOneRenewalWhenTheConnectorKeepsRefusing()
    {
        _connector.Script(new Reply(401), new Reply(401), new Reply(401));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal(2, _tokens.Requests.Count);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(429)]
    public async Task RetriesTransientFailuresWithJitteredExponentialBackoff(int status)
    {
        _connector.Script(new Reply(status), new Reply(status));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _connector.Requests.Count);
        Assert.Collection(_time.Delays,
            d => Assert.InRange(d.TotalSeconds, 1.6, 2.4),
            d => Assert.InRange(d.TotalSeconds, 3.2, 4.8));
    }

    [Fact]
    public async Task HonoursRetryAfterSeconds()
    {
        _connector.Script(new Reply(429, "7"));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Delays);
    }

    [Fact]
    public async Task HonoursRetryAfterHttpDate()
    {
        _connector.Script(new Reply(429, _time.GetUtcNow().AddSeconds(15).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(15)], _time.Delays);
    }

    [Fact]
    public async Task GivesUpWhenRetryAfterIsBeyondTheLimit()
    {
        _connector.Script(new Reply(429, "3600"));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task StopsAfterThreeRetries()
    {
        _connector.Script(Enumerable.Repeat(new Reply(503), 6).ToArray());

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(4, _connector.Requests.Count);
        Assert.Equal(3, _time.Delays.Count);
        Assert.All(_time.Delays, d => Assert.True(d <= TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task RetryCountComesFromConfiguration()
    {
        _connector.Script(Enumerable.Repeat(new Reply(504), 6).ToArray());

        using var response = await SendAsync(attachToken: true, configure: s => s["RoleBot:Auth:ConnectorMaxRetries"] = "1");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(500)]
    public async Task DoesNotRetryOtherFailures(int status)
    {
        _connector.Script(new Reply(status));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Single(_connector.Requests);
        Assert.Empty(_time.Delays);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ResendsTheSameBodyFromAStreamThatCanBeReadOnlyOnce(bool attachToken)
    {
        // With a token, the 401 exercises the auth handler's resend; without one, the 401 is simply returned.
        _connector.Script(new Reply(502), new Reply(401));
        var body = """{"type":"message","text":"GM is higher than VP? No."}""";
        var content = new StreamContent(new ReadOnceStream(System.Text.Encoding.UTF8.GetBytes(body)));

        using var response = await SendAsync(attachToken, content: content);

        Assert.Equal(attachToken ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.All(_connector.Requests, r => Assert.Equal(body, r.Body));
        Assert.Equal(attachToken ? 3 : 2, _connector.Requests.Count);
    }

    [Fact]
    public async Task KeepsTheAppPasswordAndTokensOutOfTheLogs()
    {
        _connector.Script(new Reply(401), new Reply(429, "1"));

        using var response = await SendAsync(attachToken: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_logs.Lines);
        Assert.Contains("retrying once", _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(TestTokens.AppPassword, _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("issued-access-token", _logs.All, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(bool? attachToken, HttpContent? content = null, string? presetAuthorization = null,
        Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = AccessTokenProviderTests.Settings(_tokens);
        configure?.Invoke(settings);
        _services = AuthServices.Build(settings, _logs, _time);
        var request = new HttpRequestMessage(HttpMethod.Post, _connector.ActivitiesUrl)
        {
            Content = content ?? JsonContent.Create(new { type = "message", text = "hello" }),
        };
        if (attachToken is { } attach)
        {
            request.Options.Set(ConnectorHttp.AttachToken, attach);
        }

        if (presetAuthorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", presetAuthorization);
        }

        return await _services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorHttp.ClientName).SendAsync(request);
    }

    private sealed class ReadOnceStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}

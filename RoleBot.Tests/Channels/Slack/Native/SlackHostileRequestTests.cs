using System.Globalization;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>
/// Correctly signed requests with bodies Slack never sends: each gets a clear 4xx (with X-Slack-No-Retry, since the
/// same body would fail again) or a plain acknowledgement, never a 5xx or an unhandled exception.
/// </summary>
public sealed class SlackHostileRequestTests(SlackFixture fixture) : IClassFixture<SlackFixture>
{
    public static TheoryData<string> Cases() => [.. SlackHostileCase.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnswersEachHostileBodyWithItsStatusAndNoException(string name)
    {
        var c = SlackHostileCase.Find(name);
        var body = c.Bytes(fixture.Slack.NewResponseUrl());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = SlackRequests.Unsigned(c.Path, body, c.MediaType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackRequests.Signature(SlackApp.SigningSecret, timestamp, body));

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(c.Status, (int)response.StatusCode);
        Assert.Equal(c.NoRetry, response.Headers.TryGetValues("X-Slack-No-Retry", out var noRetry) && noRetry.Single() == "1");
        Assert.DoesNotContain(fixture.App.Logs.Lines, l => l.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
    }
}

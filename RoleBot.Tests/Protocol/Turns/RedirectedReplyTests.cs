using System.Net;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Turns;

/// <summary>
/// An anonymous turn whose loopback serviceUrl redirects elsewhere: neither the reply nor the apology reaches the
/// Location, and the turn is logged as failed, not lost silently.
/// </summary>
public sealed class RedirectedReplyTests(EchoBotApp app) : RedirectingTests, IClassFixture<EchoBotApp>
{
    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task AReplyToARedirectingServiceUrlFailsTheTurnAndReachesNoOtherHost(int status)
    {
        using var client = app.Start();
        var conversation = $"redirect-{status}-{Guid.NewGuid():N}";

        using var response = await client.PostActivityAsync(ActivityBodies.Message("hello", Redirector.Url(status), conversation));
        await app.Logs.WaitForAsync(l => l.Contains("Could not send the apology", StringComparison.Ordinal) && l.Contains($"HTTP {status}", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Redirector.Redirected.Count);
        Assert.Empty(Redirector.ReachedTarget);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Turn failed", StringComparison.Ordinal) && l.Contains($"HTTP {status}", StringComparison.Ordinal));
        Assert.DoesNotContain(Redirector.LocationMarker, app.Logs.All, StringComparison.Ordinal);
    }
}

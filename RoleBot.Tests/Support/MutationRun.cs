using Microsoft.Extensions.Logging;

namespace RoleBot.Tests.Support;

/// <summary>
/// Sends mutated requests and collects what went wrong: a 5xx, or a request still unanswered after a generous hang
/// guard (not a speed check: a healthy request takes milliseconds). Afterwards no log entry may be an unhandled
/// exception.
/// </summary>
/// <param name="designed">5xx answers the protocol prescribes for some input (e.g. 501 for an invoke no handler knows).</param>
public sealed class MutationRun(params int[] designed)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);
    private readonly List<string> _failures = [];

    public int Sent { get; private set; }

    public async Task SendAsync(string caseName, Func<Task<HttpResponseMessage>> send)
    {
        Sent++;
        try
        {
            using var response = await send().WaitAsync(HangGuard);
            if ((int)response.StatusCode >= 500 && !designed.Contains((int)response.StatusCode))
            {
                var body = await response.Content.ReadAsStringAsync();
                _failures.Add($"{caseName}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
        }
        catch (TimeoutException)
        {
            _failures.Add($"{caseName}: no answer within {HangGuard}");
        }
    }

    /// <summary>Fails with the first few cases that broke, each named so it can be re-run.</summary>
    public void AssertClean(LogSink logs)
    {
        var unhandled = logs.Entries
            .Where(e => (e.Level >= LogLevel.Error && e.Exception is not null && !IsFarSideAnswer(e.Exception))
                || e.Message.Contains("unhandled", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Line[..Math.Min(e.Line.Length, 600)])
            .ToList();
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {Sent} mutated requests failed:\n{string.Join('\n', _failures.Take(10))}");
        Assert.True(unhandled.Count == 0, $"{unhandled.Count} unhandled exception(s) logged:\n{string.Join('\n', unhandled.Take(5))}");
    }

    // A reply the channel refused (a mutated conversation id makes the fake connector answer 400) fails the turn
    // through the designed error path; that is the far side's answer, not input the app failed to handle.
    private static bool IsFarSideAnswer(Exception exception) =>
        exception is OperationCanceledException or HttpRequestException
        || exception.GetType().Name is "ConnectorException" or "SlackApiException";
}

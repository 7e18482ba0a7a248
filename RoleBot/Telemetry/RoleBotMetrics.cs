using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RoleBot.Telemetry;

/// <summary>
/// The instruments of meter <c>RoleBot</c>. Attributes are only ever channel ids, intents, outcomes and kinds
/// from closed lists, never anything a user typed, so they are private and their cardinality is bounded.
/// </summary>
public sealed class RoleBotMetrics
{
    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _understandingDuration;
    private readonly Counter<long> _connectorRetries;
    private readonly Counter<long> _slackRetries;
    private readonly Counter<long> _votes;

    public RoleBotMetrics(IMeterFactory meters)
        : this((meters ?? throw new ArgumentNullException(nameof(meters))).Create(RoleBotTelemetry.Name))
    {
    }

    /// <summary>The instruments on a meter of the caller's choosing (the warm-up's, which no exporter reads).</summary>
    internal RoleBotMetrics(Meter meter)
    {
        _meter = meter;
        _turns = _meter.CreateCounter<long>("rolebot.turns", "{turn}", "Turns answered, by channel, intent and outcome.");
        _turnDuration = _meter.CreateHistogram<double>("rolebot.turn.duration", "s", "Time from the start of a turn to its end.");
        _understandingDuration = _meter.CreateHistogram<double>("rolebot.understanding.duration", "s", "Time the recognizer took for one message.");
        _connectorRetries = _meter.CreateCounter<long>("rolebot.connector.retries", "{retry}", "Bot Connector calls retried after a throttle or a transient failure.");
        _slackRetries = _meter.CreateCounter<long>("rolebot.slack.retries", "{retry}", "Slack Web API calls retried after a rate limit.");
        _votes = _meter.CreateCounter<long>("rolebot.feedback.votes", "{vote}", "\"Was this helpful?\" votes, by channel and answer.");
    }

    public void TurnEnded(string channel, string intent, AnswerOutcome outcome, TimeSpan duration)
    {
        var tags = new TagList { { "channel", ChannelTag(channel) }, { "intent", intent }, { "outcome", outcome.Tag() } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
    }

    public void Understood(string intent, TimeSpan duration) =>
        _understandingDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("intent", intent));

    public void ConnectorRetried(int status) => _connectorRetries.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));

    public void SlackRetried(string method) => _slackRetries.Add(1, new KeyValuePair<string, object?>("method", method));

    /// <summary>Knowledge base versions loaded and edits refused, read from the content source when metrics are collected.</summary>
    public void ObserveKnowledgeBase(Func<long> loads, Func<long> failures)
    {
        _meter.CreateObservableCounter("rolebot.knowledge_base.reloads", loads, "{reload}", "Knowledge base versions loaded (at start and after an edit).");
        _meter.CreateObservableCounter("rolebot.knowledge_base.reload_failures", failures, "{reload}", "Edited knowledge bases refused; the last good one stays served.");
    }

    public void Voted(string channel, bool helpful) => _votes.Add(1,
        new KeyValuePair<string, object?>("channel", ChannelTag(channel)), new KeyValuePair<string, object?>("helpful", helpful ? "yes" : "no"));

    /// <summary>A gauge read when metrics are collected (e.g. Direct Line conversations held in memory).</summary>
    public void Observe(string name, string unit, string description, Func<long> read) =>
        _meter.CreateObservableUpDownCounter(name, read, unit, description);

    // The channel id comes from the request: anything but the ids RoleBot knows is one value, so a caller cannot
    // create a time series per request.
    private static string ChannelTag(string? channel) => channel?.ToLowerInvariant() switch
    {
        "msteams" or "slack" or "directline" or "webchat" or "emulator" => channel.ToLowerInvariant(),
        _ => "other",
    };
}

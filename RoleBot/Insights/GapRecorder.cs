using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RoleBot.Telemetry;

namespace RoleBot.Insights;

/// <summary>
/// Turns a finished turn's report into a scrubbed record and hands it to the writer without waiting: a full queue
/// drops the record (and says so once in a while) rather than slowing or failing a turn.
/// </summary>
public sealed class GapRecorder(IOptions<InsightsOptions> options, ILogger<GapRecorder> logger) : ITurnReportSink
{
    private readonly Channel<KnowledgeGap> _queue = Channel.CreateBounded<KnowledgeGap>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long _dropped;

    public ChannelReader<KnowledgeGap> Reader => _queue.Reader;

    public void TurnEnded(TurnReport report, DateTimeOffset endedAt)
    {
        if (GapClassifier.Classify(report, options.Value.LowConfidence) is not { } reason)
        {
            return;
        }

        var question = report.Question is { } text ? GapScrubber.Clean(text, report.SenderName) : null;
        var titles = report.UnknownTitles.Select(t => GapScrubber.Clean(t, report.SenderName)).Where(t => t.Length > 0).ToList();
        var gap = new KnowledgeGap(endedAt, reason, question, titles, report.Channel, report.VotedAnswer, report.Organisation);
        if (!_queue.Writer.TryWrite(gap) && Interlocked.Increment(ref _dropped) % 100 == 1)
        {
            InsightsLog.Dropped(logger, Interlocked.Read(ref _dropped));
        }
    }

    internal void Complete() => _queue.Writer.TryComplete();
}

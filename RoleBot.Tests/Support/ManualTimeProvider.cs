namespace RoleBot.Tests.Support;

/// <summary>
/// A clock tests move by hand; both the wall clock and the monotonic timestamp follow it. Every timer's requested
/// delay is recorded in <see cref="Delays"/>; with <see cref="TimersFireAtOnce"/> timers (Task.Delay) fire at once,
/// so retry waits cost nothing. <see cref="Fail"/> makes reading the time throw, to fault code from the inside.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly List<TimeSpan> _delays = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public bool TimersFireAtOnce { get; init; }

    public bool Fail { get; set; }

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() =>
        Fail ? throw new InvalidOperationException("The test clock was told to fail.") : _now;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by) => _now += by;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        return TimersFireAtOnce ? System.CreateTimer(callback, state, TimeSpan.Zero, period) : base.CreateTimer(callback, state, dueTime, period);
    }
}

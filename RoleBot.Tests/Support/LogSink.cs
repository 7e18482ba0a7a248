using Microsoft.Extensions.Logging;

namespace RoleBot.Tests.Support;

/// <summary>
/// Captures every log entry (message, state values and exception) at every level, as a logger provider for a host or
/// as a single <see cref="ILogger{T}"/> handed to a constructor, so tests can prove what was reported and what never
/// reaches logs.
/// </summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly AwaitableLog<LogEntry> _entries = new();

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    /// <summary>A logger for one class under test, writing here.</summary>
    public ILogger<T> For<T>() => new SinkLogger<T>(this);

    public IReadOnlyList<LogEntry> Entries => _entries.All;

    /// <summary>Each entry as "level category: message exception".</summary>
    public IReadOnlyList<string> Lines => [.. Entries.Select(e => e.Line)];

    /// <summary>Every entry with its state values too, one a line: what a search for a leaked secret reads.</summary>
    public string All => string.Join('\n', Entries.Select(e => e.Detailed));

    public Task WaitForAsync(Func<string, bool> match) => _entries.WaitForAsync(e => match(e.Line));

    public void Dispose()
    {
    }

    private void Add(LogEntry entry) => _entries.Record(entry);

    private class SinkLogger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            sink.Add(new LogEntry(logLevel, category, formatter(state, exception), values, exception));
        }
    }

    private sealed class SinkLogger<T>(LogSink sink) : SinkLogger(sink, typeof(T).FullName ?? typeof(T).Name), ILogger<T>;
}

/// <summary>One captured log call.</summary>
public sealed record LogEntry(LogLevel Level, string Category, string Message, string Values, Exception? Exception)
{
    public string Line => $"{Level} {Category}: {Message} {Exception}";

    public string Detailed => $"{Level} {Category}: {Message} [{Values}] {Exception}";
}

using Microsoft.Extensions.Logging;

namespace RoleBot.Tests.Protocol.Support;

/// <summary>Captures every log line (message and exception) so tests can prove what never reaches logs.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly AwaitableLog<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public IReadOnlyList<string> Lines => _lines.All;

    public Task WaitForAsync(Func<string, bool> match) => _lines.WaitForAsync(match);

    public void Dispose()
    {
    }

    private void Add(string line) => _lines.Record(line);

    private sealed class SinkLogger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

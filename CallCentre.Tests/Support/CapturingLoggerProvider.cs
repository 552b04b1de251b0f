using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CallCentre.Tests.Support;

/// <summary>Keeps every log entry of an in-memory app, with the TraceId of its scope, so tests can read what was logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string? traceId = null;
            provider._scopes.ForEachScope(
                (scope, _) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> values
                        && values.FirstOrDefault(v => v.Key == "TraceId").Value is { } value)
                    {
                        traceId = value.ToString();
                    }
                },
                (object?)null);
            provider.Entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception, traceId));
        }
    }
}

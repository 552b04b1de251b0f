using Microsoft.Extensions.Logging;

namespace CallCentre.Tests.Support;

/// <summary>One captured log entry.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception, string? TraceId);

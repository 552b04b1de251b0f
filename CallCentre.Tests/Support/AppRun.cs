namespace CallCentre.Tests.Support;

/// <summary>How a run ended: the exit code (null when it had to be killed) and every line it wrote.</summary>
public sealed record AppRun(int? ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>Critical log lines, in the simple console format ("crit:") or the JSON one ("LogLevel":"Critical").</summary>
    public IReadOnlyList<string> CriticalLines =>
        Lines.Where(l => l.Contains("crit: ", StringComparison.Ordinal) || l.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal)).ToList();

    public string Transcript => string.Join('\n', Lines);
}

using System.Diagnostics;

namespace CallCentre.Bench.Harness;

/// <summary>Runs an action a number of times after unmeasured warm-up runs and collects the samples.</summary>
public static class Measure
{
    /// <summary>Times each run of <paramref name="action"/> with a stopwatch.</summary>
    public static Task<Measurement> RunAsync(int warmup, int runs, Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        RunAsync(
            warmup,
            runs,
            async ct =>
            {
                var start = Stopwatch.GetTimestamp();
                await action(ct);
                return Stopwatch.GetElapsedTime(start);
            },
            cancellationToken);

    /// <summary>
    /// Lets each run time itself, for runs whose set-up must not count (a fresh database file, a child process
    /// that is stopped afterwards): <paramref name="sample"/> returns the time that is the figure.
    /// </summary>
    public static async Task<Measurement> RunAsync(int warmup, int runs, Func<CancellationToken, Task<TimeSpan>> sample, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        for (var i = 0; i < warmup; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await sample(cancellationToken);
        }

        ProcessMemory.TryResetPeak();
        var samples = new List<double>(runs);
        var wallStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            samples.Add((await sample(cancellationToken)).TotalMilliseconds);
        }

        var wall = Stopwatch.GetElapsedTime(wallStart);
        return new Measurement(samples, wall, ProcessMemory.Self().PeakMb);
    }
}

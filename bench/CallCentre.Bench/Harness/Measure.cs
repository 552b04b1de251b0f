using System.Diagnostics;

namespace CallCentre.Bench.Harness;

/// <summary>Runs actions a number of times after unmeasured warm-up runs and collects the samples.</summary>
public static class Measure
{
    /// <summary>Times each run of <paramref name="action"/> with a stopwatch.</summary>
    public static Task<Measurement> RunAsync(int warmup, int runs, Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        RunAsync(warmup, runs, Timed(action), cancellationToken);

    /// <summary>
    /// Lets each run time itself, for runs whose set-up must not count (a fresh database file, a child process
    /// that is stopped afterwards): <paramref name="sample"/> returns the time that is the figure.
    /// </summary>
    public static async Task<Measurement> RunAsync(int warmup, int runs, Func<CancellationToken, Task<TimeSpan>> sample, CancellationToken cancellationToken) =>
        (await InterleavedAsync(warmup, runs, [sample], cancellationToken))[0];

    /// <summary>
    /// Measures a figure and its baseline (or several figures) in alternation — run 1 of each, then run 2 of each… — so
    /// that all see the same machine, which on a shared machine matters more than anything else for their ratio.
    /// Returns one measurement per sample, in the order given.
    /// </summary>
    public static async Task<IReadOnlyList<Measurement>> InterleavedAsync(
        int warmup,
        int runs,
        IReadOnlyList<Func<CancellationToken, Task<TimeSpan>>> samples,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        for (var i = 0; i < warmup; i++)
        {
            foreach (var sample in samples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await sample(cancellationToken);
            }
        }

        ProcessMemory.TryResetPeak();
        var figures = samples.Select(_ => new List<double>(runs)).ToArray();
        var walls = new TimeSpan[samples.Count];
        for (var i = 0; i < runs; i++)
        {
            for (var s = 0; s < samples.Count; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                figures[s].Add((await samples[s](cancellationToken)).TotalMilliseconds);
                walls[s] += Stopwatch.GetElapsedTime(start);
            }
        }

        var peakMb = ProcessMemory.Self().PeakMb;
        return [.. figures.Select((f, s) => new Measurement(f, walls[s], peakMb))];
    }

    /// <summary>Wraps an action into a sample timed by a stopwatch.</summary>
    public static Func<CancellationToken, Task<TimeSpan>> Timed(Func<CancellationToken, Task> action) =>
        async cancellationToken =>
        {
            var start = Stopwatch.GetTimestamp();
            await action(cancellationToken);
            return Stopwatch.GetElapsedTime(start);
        };
}

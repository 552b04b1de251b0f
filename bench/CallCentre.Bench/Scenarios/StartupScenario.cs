using System.Globalization;
using CallCentre.Bench.Harness;
using Microsoft.Data.Sqlite;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// Time from starting the Release build of CallCentre.Web to a served sign-in page, on an empty SQLite database (cold:
/// migrations, reference data, roles, demo accounts) and on one already prepared (warm), with the server's memory then.
/// </summary>
public sealed class StartupScenario : IScenario
{
    private const string SignInPath = "/Account/Login";
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(60);

    public string Name => "startup";

    public string Description =>
        "cold start (empty SQLite: migrations, reference data, demo accounts) and warm start of CallCentre.Web to a served sign-in page; server memory after it";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var build = await WebAppBuild.EnsureReleaseAsync(output, cancellationToken);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "callcentre-bench", $"startup-{Guid.NewGuid():N}")).FullName;
        output.WriteLine($"startup: {build.DllPath}");
        output.WriteLine($"  {options.Runs} measured starts per case after {options.Warmup} warm-up, cold and warm alternating; databases in {folder}");
        try
        {
            // The warm database is prepared by one unmeasured start, as it would be by the app's first run.
            var warmDatabase = Path.Combine(folder, "warm.db");
            await StartOnceAsync(build, warmDatabase, cancellationToken);

            var cold = new StartCase("cold", () => Path.Combine(folder, $"cold-{Guid.NewGuid():N}.db"), freshEachRun: true);
            var warm = new StartCase("warm", () => warmDatabase, freshEachRun: false);
            var measurements = await Measure.InterleavedAsync(
                options.Warmup,
                options.Runs,
                [ct => cold.SampleAsync(build, options.Warmup, output, ct), ct => warm.SampleAsync(build, options.Warmup, output, ct)],
                cancellationToken);

            var warmP50 = measurements[1].P50Ms;
            Report(output, cold, "empty database: migrations, reference data, roles, demo accounts", measurements[0], warmP50);
            Report(output, warm, "existing database: migrations and seeding find nothing to do (baseline)", measurements[1], warmP50);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    private static async Task<StartSample> StartOnceAsync(WebAppBuild build, string databasePath, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            // Development so that static web assets resolve from the build output and demo accounts are seeded, as on a developer's first run.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__CallCentre"] = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString(),
        };
        await using var server = WebServerProcess.Start(build, environment);
        var served = await server.WaitUntilServedAsync(SignInPath, _startTimeout, cancellationToken);
        return new StartSample(served, server.Memory());
    }

    private static void Report(TextWriter output, StartCase startCase, string what, Measurement m, double baselineP50Ms)
    {
        var peakMb = startCase.Memory.Max(x => x.PeakMb);
        var residentMb = Percentile.Of(startCase.Memory.Select(x => x.ResidentMb), 50);
        var ratio = m.P50Ms / baselineP50Ms;
        output.WriteLine();
        output.WriteLine($"startup {startCase.Name} — {what}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time to the first served sign-in page: p50 {m.P50Ms:F1} ms, p95 {m.P95Ms:F1} ms (min {m.MinMs:F1}, max {m.MaxMs:F1}; {m.Runs} runs)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server memory right after it: peak working set {peakMb:F1} MB (highest of the runs), resident {residentMb:F1} MB (median)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wall time of the measured runs: {m.Wall.TotalSeconds:F2} s; p50 / warm p50 = {ratio:F2}"));
        var line = ResultLine.For("startup", startCase.Name, m)
            .Add("peak_mb", peakMb, 1)
            .Add("rss_mb", residentMb, 1)
            .Ratio(m.P50Ms, baselineP50Ms);
        if (startCase.Name != "warm")
        {
            line.Add("baseline", "warm");
        }

        line.WriteTo(output);
    }

    private static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the figures matter more than the clean-up.
        }
    }

    private sealed record StartSample(TimeSpan Served, ProcessMemory Memory);

    /// <summary>One case of the scenario: where its database comes from, and the server memory of its measured runs.</summary>
    private sealed class StartCase(string name, Func<string> database, bool freshEachRun)
    {
        private int _runs;

        public string Name => name;

        public List<ProcessMemory> Memory { get; } = [];

        public async Task<TimeSpan> SampleAsync(WebAppBuild build, int warmup, TextWriter output, CancellationToken cancellationToken)
        {
            var path = database();
            var start = await StartOnceAsync(build, path, cancellationToken);
            if (freshEachRun)
            {
                DeleteDatabase(path);
            }

            var warmingUp = _runs++ < warmup;
            if (!warmingUp)
            {
                Memory.Add(start.Memory);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Name} {(warmingUp ? "warm-up" : "run")}: {start.Served.TotalMilliseconds:F0} ms to the sign-in page, peak {start.Memory.PeakMb:F0} MB, resident {start.Memory.ResidentMb:F0} MB"));
            return start.Served;
        }
    }
}

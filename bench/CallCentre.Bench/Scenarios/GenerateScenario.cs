using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// Time and memory to generate the bench's cases (default a million) into a fresh SQLite file: migrations, reference
/// data, then every case built through the domain and bulk-written. The file becomes the cached data set of the other
/// data scenarios when there is none yet.
/// </summary>
public sealed class GenerateScenario : IScenario
{
    public string Name => "generate";

    public string Description => "generate --cases N (default 1,000,000) realistic cases through the domain into a fresh SQLite file; wall time and peak memory (one run)";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "callcentre-bench")).FullName;
        var path = Path.Combine(folder, $"generate-{Guid.NewGuid():N}.db");
        output.WriteLine($"generate: {count:N0} cases (seed {SampleDatabase.Seed}) into {path}; one measured run, --runs and --warmup do not apply");
        try
        {
            var written = 0;
            var measurement = await Measure.RunAsync(0, 1, async ct => written = (await SampleDatabase.GenerateAsync(path, count, ct)).Written, cancellationToken);
            var rows = await CountRowsAsync(path, cancellationToken);
            var fileMb = new FileInfo(path).Length / 1024d / 1024d;
            var seconds = measurement.Wall.TotalSeconds;
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generate — {written:N0} cases, {rows.Events:N0} timeline events, {rows.Words:N0} word index rows"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wall time {seconds:F1} s ({written / seconds:F0} cases/s), peak working set {measurement.PeakMb:F0} MB, file {fileMb:F0} MB"));
            ResultLine.For(Name, null, measurement)
                .Add("cases", written)
                .Add("events", rows.Events)
                .Add("words", rows.Words)
                .Add("cases_per_s", written / seconds, 0)
                .Add("file_mb", fileMb, 0)
                .WriteTo(output);

            var cache = SampleDatabase.CachePath(count);
            if (!File.Exists(cache))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
                File.Move(path, cache);
                output.WriteLine($"  kept as the data set of the other scenarios: {cache}");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<(long Events, long Words)> CountRowsAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnectionSetup.OpenAsync(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString(), cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM CaseEvents), (SELECT COUNT(*) FROM CaseWords)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}

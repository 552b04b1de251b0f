using CallCentre.Domain.Accounts;
using System.Diagnostics;
using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// Kills the process that registers cases and counts what survived. A worker process hosts <see cref="RegisterCase"/>
/// as the app does (the same contexts, interceptors and connection set-up) on a copy of the data set, with
/// <see cref="Clients"/> concurrent clients; it tells the bench of each registration the use case acknowledged (printed
/// after the commit returned). At a random moment the bench kills it with SIGKILL, then checks the file as a restart
/// finds it: every acknowledged case whole (the case, its events, its words, its audit entry), the audit chain intact,
/// and the year's reference counter continuing without a gap or a reuse. <c>--runs K</c> kills, one worker each.
/// </summary>
public sealed class CrashScenario : IScenario
{
    public const string WorkerVerb = "crash-worker";
    private const int Clients = 8;
    private const string Acknowledged = "ACK ";

    public string Name => "crash";

    public string Description => "register cases from 8 concurrent clients, SIGKILL the process at a random moment, restart; every acknowledged case whole, chain intact, references without gap (--runs K kills; --cases N data set, default 2,000)";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(2_000);
        var source = await SampleDatabase.EnsureAsync(count, output, cancellationToken);
        var path = RepoPaths.Combine("bench", "results", "data", $"crash-{Guid.NewGuid():N}.db");
        await SqliteBackup.BackupAsync(source.ConnectionString, path, cancellationToken);
        var factory = new BenchDbFactory(path);
        try
        {
            var before = await SnapshotAsync(factory, cancellationToken);
            var acknowledged = new Dictionary<int, string>();
            var random = new Random(1111);
            var alive = TimeSpan.Zero;
            output.WriteLine($"crash: {options.Runs} kills of a worker registering from {Clients} clients on a copy of {count:N0} cases");
            for (var run = 1; run <= options.Runs; run++)
            {
                var delay = TimeSpan.FromMilliseconds(random.Next(300, 3_000));
                var (acks, ran) = await RunWorkerUntilKilledAsync(path, delay, cancellationToken);
                alive += ran;
                foreach (var (id, reference) in acks)
                {
                    acknowledged.Add(id, reference);
                }

                var check = await CheckAsync(factory, before, acknowledged, cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  kill {run}: after {ran.TotalSeconds:F1} s, {acks.Count} acknowledged; in all {check.Found}/{acknowledged.Count} found whole, chain {(check.ChainIntact ? "ok" : "BROKEN")}, references {check.References}"));
                if (!check.Passed)
                {
                    throw new BenchException($"kill {run} lost work: {check.Problem}");
                }
            }

            var last = await CheckAsync(factory, before, acknowledged, cancellationToken);
            ResultLine.For(Name)
                .Add("kills", options.Runs)
                .Add("clients", Clients)
                .Add("cases", count)
                .Add("acknowledged", acknowledged.Count)
                .Add("found", last.Found)
                .Add("lost", acknowledged.Count - last.Found)
                .Add("chain", last.ChainIntact ? "ok" : "broken")
                .Add("references", last.References)
                .Add("registrations_per_s", acknowledged.Count / alive.TotalSeconds, 1)
                .WriteTo(output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The worker: registers cases from <see cref="Clients"/> clients until it is killed.</summary>
    public static async Task<int> RunWorkerAsync(string path)
    {
        var factory = new BenchDbFactory(path);
        RegisterCaseInput template;
        IReadOnlyList<CallCentre.Domain.Accounts.Actor> operators;
        await using (var db = factory.CreateDbContext())
        {
            // What the app does at start.
            await db.Database.MigrateAsync();
            operators = await SampleDatabase.OperatorsAsync(db, CancellationToken.None);
            template = await IntakeScenario.InputAsync(db, CancellationToken.None);
        }

        var registerCase = new RegisterCase(factory, TimeProvider.System);
        var output = Console.Out;
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            while (true)
            {
                var n = Interlocked.Increment(ref next);
                var phone = (80_000_000 + (n % 10_000_000)).ToString(CultureInfo.InvariantCulture);
                var result = await registerCase.RunAsync(template with { Phone = phone }, operators[client % operators.Count]);
                if (!result.Succeeded)
                {
                    await Console.Error.WriteLineAsync("refused: " + string.Join(", ", result.Errors));
                    continue;
                }

                lock (output)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Acknowledged}{result.Value!.CaseId} {result.Value.Reference}"));
                    output.Flush();
                }
            }
        })));
        return 0;
    }

    private static async Task<(List<(int Id, string Reference)> Acks, TimeSpan Ran)> RunWorkerUntilKilledAsync(string path, TimeSpan delay, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CrashScenario).Assembly.Location);
        }

        start.ArgumentList.Add(WorkerVerb);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var acks = new List<(int, string)>();
        var errors = new List<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                // The random moment is counted from the first acknowledgement, once the worker is warm.
                if (line.StartsWith(Acknowledged, StringComparison.Ordinal))
                {
                    var parts = line[Acknowledged.Length..].Split(' ');
                    acks.Add((int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]));
                    ready.TrySetResult();
                }
            }
        }, CancellationToken.None);
        var readingErrors = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                errors.Add(line);
            }
        }, CancellationToken.None);

        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill();
            throw new BenchException("the worker acknowledged nothing within two minutes: " + string.Join('\n', errors));
        }

        var started = Stopwatch.GetTimestamp();
        await Task.Delay(delay, cancellationToken);

        // Process.Kill on Linux is SIGKILL: no shutdown, no flush, no finally.
        process.Kill();
        var ran = Stopwatch.GetElapsedTime(started);
        await process.WaitForExitAsync(CancellationToken.None);
        await Task.WhenAll(reading, readingErrors);
        if (errors.Count > 0)
        {
            throw new BenchException("the worker failed: " + string.Join('\n', errors.Take(10)));
        }

        return (acks, ran);
    }

    private sealed record Snapshot(int HighestCaseId, IReadOnlyDictionary<int, int> Counters);

    private sealed record Check(int Found, bool ChainIntact, string References, string? Problem)
    {
        public bool Passed => Problem is null;
    }

    private static async Task<Snapshot> SnapshotAsync(BenchDbFactory factory, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return new Snapshot(
            await db.Cases.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0,
            await db.ReferenceCounters.AsNoTracking().ToDictionaryAsync(c => c.Year, c => c.LastSequence, cancellationToken));
    }

    /// <summary>What a restart finds: the acknowledged cases whole, the chain intact, the counters continuous.</summary>
    private static async Task<Check> CheckAsync(BenchDbFactory factory, Snapshot before, Dictionary<int, string> acknowledged, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnectionSetup.OpenAsync(factory.ConnectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT c.Id, c.Reference, " +
            "(SELECT COUNT(*) FROM CaseEvents e WHERE e.CaseId = c.Id), " +
            "(SELECT COUNT(*) FROM CaseWords w WHERE w.CaseId = c.Id), " +
            "(SELECT COUNT(*) FROM AuditEntries a WHERE a.SubjectType = 'Case' AND a.Action = 'Case.Created' AND a.SubjectId = c.Reference) " +
            "FROM Cases c WHERE c.Id > @highest";
        command.Parameters.AddWithValue("@highest", before.HighestCaseId);
        var stored = new Dictionary<int, (string Reference, bool Whole)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetInt32(0)] = (reader.GetString(1), reader.GetInt64(2) > 0 && reader.GetInt64(3) > 0 && reader.GetInt64(4) > 0);
            }
        }

        var found = acknowledged.Count(a => stored.TryGetValue(a.Key, out var s) && s.Reference == a.Value && s.Whole);
        var problems = new List<string>();
        if (found < acknowledged.Count)
        {
            var missing = acknowledged.First(a => !(stored.TryGetValue(a.Key, out var s) && s.Reference == a.Value && s.Whole));
            problems.Add($"{acknowledged.Count - found} acknowledged cases missing or partial (first: {missing.Value}, id {missing.Key})");
        }

        var partial = stored.Count(s => !s.Value.Whole);
        if (partial > 0)
        {
            problems.Add($"{partial} stored cases without their events, words or audit entry");
        }

        // Every number handed out since the copy was taken is there once: no reuse, and no gap before the counter.
        await using var db = factory.CreateDbContext();
        var counters = await db.ReferenceCounters.AsNoTracking().ToDictionaryAsync(c => c.Year, c => c.LastSequence, cancellationToken);
        var numbers = stored.Values.Select(s => ReferenceNumber.Parse(s.Reference)).ToList();
        foreach (var year in numbers.Select(n => n.Year).Distinct())
        {
            var sequences = numbers.Where(n => n.Year == year).Select(n => n.Sequence).Order().ToList();
            var first = before.Counters.GetValueOrDefault(year) + 1;
            var expected = Enumerable.Range(first, counters[year] - first + 1);
            if (!sequences.SequenceEqual(expected))
            {
                problems.Add($"year {year}: {sequences.Count} cases for the numbers {first}..{counters[year]} (a gap or a reuse)");
            }
        }

        var chain = await new VerifyAuditChain(factory).RunAsync(new VerifyAuditChainInput(), Actor.System, cancellationToken);
        if (!chain.IsIntact)
        {
            problems.Add($"audit chain broken at {chain.Break!.Sequence}");
        }

        return new Check(found, chain.IsIntact, problems.Any(p => p.StartsWith("year", StringComparison.Ordinal)) ? "gap" : "continuous",
            problems.Count == 0 ? null : string.Join("; ", problems));
    }
}

using System.Diagnostics;
using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// Verifies an audit chain of 5,000,000 entries (or <c>--cases N</c>) with the app's own <see cref="VerifyAuditChain"/>
/// on a SQLite file: wall time and the bench's peak memory. The chain is generated once (valid, with entries the size
/// the app writes) and kept under bench/results for the next run.
/// </summary>
public sealed class AuditVerifyScenario : IScenario
{
    private const int DefaultEntries = 5_000_000;

    public string Name => "audit-verify";

    public string Description => "VerifyAuditChain over a valid chain of 5,000,000 audit entries in SQLite (--cases N entries): wall time, peak memory";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var entries = options.CasesOr(DefaultEntries);
        var folder = Directory.CreateDirectory(RepoPaths.Combine("bench", "results")).FullName;
        var path = Path.Combine(folder, $"audit-chain-{entries}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        await AuditChainFile.EnsureAsync(path, connectionString, entries, output, cancellationToken);

        var factory = new BenchContextFactory(connectionString);
        var verify = new VerifyAuditChain(factory);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit-verify: {entries:N0} entries, {new FileInfo(path).Length / 1048576.0:F0} MB file; {options.Runs} runs after {options.Warmup} warm-up"));
        AuditVerification? last = null;
        var measurement = await Measure.RunAsync(
            options.Warmup,
            options.Runs,
            async ct =>
            {
                last = await verify.RunAsync(new VerifyAuditChainInput(), Actor.System, ct);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  verified {last.Count:N0} entries, intact {last.IsIntact}"));
            },
            cancellationToken);
        if (last is not { IsIntact: true } || last.Count != entries)
        {
            throw new BenchException($"The generated chain did not verify: {last}");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit-verify — {entries:N0} entries, head {last.HeadHash}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  p50 {measurement.P50Ms / 1000:F2} s, p95 {measurement.P95Ms / 1000:F2} s ({entries / (measurement.P50Ms / 1000):N0} entries/s at p50); peak working set {measurement.PeakMb:F1} MB"));
        ResultLine.For("audit-verify", $"entries_{entries}", measurement)
            .Add("entries", entries)
            .Add("p50_s", measurement.P50Ms / 1000, 2)
            .WriteTo(output);
    }

    private sealed class BenchContextFactory(string connectionString) : IDbContextFactory<CallCentreDbContext>
    {
        public CallCentreDbContext CreateDbContext()
        {
            var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
            builder.UseCallCentreSqlite(connectionString);
            return new SqliteCallCentreDbContext(builder.Options);
        }
    }

    /// <summary>Writes the chain once: migrated schema, rows inserted in bulk without the secondary indexes, which are built afterwards.</summary>
    private static class AuditChainFile
    {
        private static readonly string[] _actions = ["Case.Created", "Case.Registered", "Case.Assigned", "Case.Changed", "SignIn.Succeeded", "User.Changed", "Case.ViewRefused"];

        public static async Task EnsureAsync(string path, string connectionString, int entries, TextWriter output, CancellationToken cancellationToken)
        {
            var done = path + ".complete";
            if (File.Exists(done) && File.Exists(path))
            {
                output.WriteLine($"audit-verify: using the chain generated earlier in {path}");
                return;
            }

            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal", done })
            {
                File.Delete(file);
            }

            var started = Stopwatch.GetTimestamp();
            var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
            builder.UseCallCentreSqlite(connectionString);
            await using (var db = new SqliteCallCentreDbContext(builder.Options))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", cancellationToken);
            var indexes = new List<(string Name, string Sql)>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'AuditEntries' AND sql IS NOT NULL";
                await using var reader = await list.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in indexes)
            {
                await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", cancellationToken);
            }

            await InsertAsync(connection, entries, output, cancellationToken);
            output.WriteLine("  building the indexes");
            foreach (var (_, sql) in indexes)
            {
                await ExecuteAsync(connection, sql, cancellationToken);
            }

            await ExecuteAsync(connection, "PRAGMA journal_mode=DELETE;", cancellationToken);
            await File.WriteAllTextAsync(done, entries.ToString(CultureInfo.InvariantCulture), cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit-verify: generated {entries:N0} entries in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
        }

        private static async Task InsertAsync(SqliteConnection connection, int entries, TextWriter output, CancellationToken cancellationToken)
        {
            var random = new Random(1111);
            var hasher = new AuditHash();
            var previous = AuditHash.Genesis;
            var at = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.CommandText =
                "INSERT INTO AuditEntries (Sequence, AtUtc, ActorId, ActorName, Action, SubjectType, SubjectId, Before, After, Outcome, ClientAddress, PreviousHash, Hash) " +
                "VALUES ($s, $at, $actorId, $actorName, $action, $subjectType, $subjectId, $before, $after, $outcome, $address, $previous, $hash)";
            var parameters = new[] { "$s", "$at", "$actorId", "$actorName", "$action", "$subjectType", "$subjectId", "$before", "$after", "$outcome", "$address", "$previous", "$hash" }
                .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
            insert.Transaction = transaction;
            insert.Prepare();
            for (long sequence = 1; sequence <= entries; sequence++)
            {
                at = at.AddMilliseconds(random.Next(1, 12_000));
                var (action, subjectType, subjectId, before, after, outcome) = Content(random, sequence);
                var actorNumber = random.Next(1, 400);
                var actorId = $"{actorNumber:D8}-4b1d-4c1e-9a11-{actorNumber:D12}";
                var actorName = $"Ажилтан {actorNumber}";
                var address = $"10.{random.Next(0, 255)}.{random.Next(0, 255)}.{random.Next(1, 255)}";
                var hash = hasher.Compute(previous, sequence, at, actorId, actorName, action, subjectType, subjectId, before, after, outcome, address);
                object?[] values = [sequence, at.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture), actorId, actorName, action, subjectType, subjectId, before, after, outcome.ToString(), address, previous, hash];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync(cancellationToken);
                previous = hash;
                if (sequence % 250_000 == 0)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = connection.BeginTransaction();
                    insert.Transaction = transaction;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {sequence:N0} entries written"));
                }
            }

            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        // Sizes as the app writes them: a registration's full case (~0.9 KB of JSON), timeline events, field changes, sign-ins.
        private static (string Action, string SubjectType, string? SubjectId, string? Before, string? After, AuditOutcome Outcome) Content(Random random, long sequence)
        {
            var reference = $"{24 + (sequence / 2_000_000)}-{random.Next(1, 999_999):D6}-{random.Next(0, 9)}";
            var action = _actions[random.Next(_actions.Length)];
            return action switch
            {
                "Case.Created" => (action, "Case", reference, null,
                    "{\"Address\":\"Баянзүрх дүүрэг, 13-р хороо, 45-р байр\",\"AssignedOrganisationId\":null,\"Caller.Email\":null,\"Caller.IsAnonymous\":false," +
                    "\"Caller.IsConfidential\":false,\"Caller.Name\":\"Бат-Эрдэнэ Дорж\",\"Caller.Phone\":\"+9769911" + random.Next(1000, 9999) + "\",\"Caller.PreferredLanguage\":\"mn\"," +
                    "\"Channel\":\"Phone\",\"Description\":\"Гурав хоног халуун усгүй байна. Манай байрны бүх орц халуун усгүй, хүүхэд өндөр настан олонтой тул яаралтай шийдвэрлэж өгнө үү. " +
                    "Өмнө нь 11-11 төвд хандсан боловч хариу ирээгүй.\",\"DistrictId\":" + random.Next(1, 400) + ",\"Priority\":\"Normal\",\"Reference\":\"" + reference + "\"," +
                    "\"RegionId\":1,\"RegisteredAtUtc\":\"2025-03-02T04:00:00.0000000Z\",\"Status\":\"Registered\",\"Subject\":\"Халуун ус тасарсан\",\"TopicId\":" + random.Next(1, 200) + ",\"Type\":\"Complaint\"}",
                    AuditOutcome.Succeeded),
                "Case.Registered" => (action, "Case", reference, null, "{\"From\":null,\"IsPublic\":true,\"OrganisationId\":null,\"Text\":\"Phone\",\"To\":\"Registered\"}", AuditOutcome.Succeeded),
                "Case.Assigned" => (action, "Case", reference, null, "{\"From\":\"Registered\",\"IsPublic\":true,\"OrganisationId\":" + random.Next(1, 300) + ",\"Text\":null,\"To\":\"Assigned\"}", AuditOutcome.Succeeded),
                "Case.Changed" => (action, "Case", reference,
                    "{\"AssignedAtUtc\":null,\"AssignedOrganisationId\":null,\"RespondByUtc\":null,\"Status\":\"Registered\"}",
                    "{\"AssignedAtUtc\":\"2025-03-02T04:00:00.0000000Z\",\"AssignedOrganisationId\":" + random.Next(1, 300) + ",\"RespondByUtc\":\"2025-04-01T04:00:00.0000000Z\",\"Status\":\"Assigned\"}",
                    AuditOutcome.Succeeded),
                "User.Changed" => (action, "User", Guid.NewGuid().ToString(), "{\"LockoutEnd\":null}", "{\"LockoutEnd\":\"9999-12-31T23:59:59.9999999+00:00\"}", AuditOutcome.Succeeded),
                "Case.ViewRefused" => (action, "Case", reference, null, null, AuditOutcome.Refused),
                _ => (action, "User", Guid.NewGuid().ToString(), null, "{\"Method\":\"Password\"}", AuditOutcome.Succeeded),
            };
        }

        private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

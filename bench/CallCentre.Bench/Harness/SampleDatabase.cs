using System.Diagnostics;
using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.ReferenceData;
using CallCentre.SampleData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Harness;

/// <summary>
/// A SQLite database of generated cases for the data scenarios: migrated, with the reference data, bench operators and
/// the cases. Kept under bench/results/data by seed and count (ignored by git), so that scenarios after the first reuse it.
/// </summary>
public static class SampleDatabase
{
    public const int Seed = 1111;
    public const int DefaultCases = 1_000_000;
    private const int Operators = 40;

    public static string CachePath(int count) =>
        RepoPaths.Combine("bench", "results", "data", string.Create(CultureInfo.InvariantCulture, $"cases-seed{Seed}-{count}.db"));

    /// <summary>The cached database of <paramref name="count"/> cases, generated first when it is not there yet.</summary>
    public static async Task<BenchDbFactory> EnsureAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        var path = CachePath(count);
        if (File.Exists(path))
        {
            output.WriteLine($"  data: {count:N0} cases from {path}");
            var cached = new BenchDbFactory(path);

            // The data set follows the model: migrations added since it was generated (an index) are applied to it.
            await using var db = cached.CreateDbContext();
            await RenameRegeneratedMigrationsAsync(db, cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                output.WriteLine($"  data: applying {string.Join(", ", pending)}…");
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
                await db.Database.MigrateAsync(cancellationToken);

                // CaseLifecycle adds ExtensionState with an empty default, which is no ExtensionState: rows that were
                // there before it get the state every new case starts in.
                await db.Database.ExecuteSqlRawAsync("UPDATE Cases SET ExtensionState = 'None' WHERE ExtensionState = ''", cancellationToken);
            }

            return cached;
        }

        output.WriteLine($"  data: generating {count:N0} cases into {path} (once; later runs reuse it)…");
        var started = Stopwatch.GetTimestamp();
        await GenerateAsync(path, count, cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  data: generated in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"));
        return new BenchDbFactory(path);
    }

    /// <summary>
    /// Migrations regenerated at a merge keep their content under a new id: a file made before the merge records the old
    /// id, so it is renamed rather than the same indexes being created twice.
    /// </summary>
    private static async Task RenameRegeneratedMigrationsAsync(CallCentreDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (before, after) in RegeneratedMigrations)
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE __EFMigrationsHistory SET MigrationId = {after} WHERE MigrationId = {before}",
                cancellationToken);
        }
    }

    private static readonly (string Before, string After)[] RegeneratedMigrations =
    [
        ("20261129095633_CaseListFilterIndexes", "20261129102159_CaseListFilterIndexes"),
    ];

    /// <summary>Generates into a fresh file at <paramref name="path"/> (a partial file is removed when it fails).</summary>
    public static async Task<SampleCasesResult> GenerateAsync(string path, int count, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        Delete(partial);
        try
        {
            var factory = new BenchDbFactory(partial);
            IReadOnlyList<Actor> registrars;
            await using (var db = factory.CreateDbContext())
            {
                await db.Database.MigrateAsync(cancellationToken);
                await new ReferenceDataSeeder(db, TimeProvider.System).SeedAsync(cancellationToken);
                registrars = await AddOperatorsAsync(db, cancellationToken);
            }

            SampleCasesResult result;
            await using (var db = factory.CreateDbContext())
            await using (var sink = await SqliteBulkCaseSink.OpenAsync(db, rebuildIndexes: true, cancellationToken))
            {
                result = await SampleCases.GenerateAsync(factory, new SampleCasesOptions { Seed = Seed, Count = count }, registrars, sink, cancellationToken);
            }

            SqliteConnection.ClearAllPools();
            File.Move(partial, path, overwrite: true);
            return result;
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            Delete(partial);
            throw;
        }
    }

    /// <summary>The bench's operators: the registrars of the generated cases and of the intake scenario's.</summary>
    public static async Task<IReadOnlyList<Actor>> OperatorsAsync(CallCentreDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@bench.1111.mn")).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.OrganisationId }).ToListAsync(cancellationToken);
        return [.. users.Select(u => new Actor(u.Id, u.DisplayName, new HashSet<string> { Roles.Operator }, u.OrganisationId))];
    }

    private static async Task<IReadOnlyList<Actor>> AddOperatorsAsync(CallCentreDbContext db, CancellationToken cancellationToken)
    {
        var centre = await db.Organisations.Where(o => o.Code == "CC1111").Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        for (var i = 1; i <= Operators; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"operator{i:00}@bench.1111.mn");
            db.Users.Add(new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = string.Create(CultureInfo.InvariantCulture, $"Оператор {i:00}"),
                OrganisationId = centre,
                CreatedAtUtc = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return await OperatorsAsync(db, cancellationToken);
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }
}

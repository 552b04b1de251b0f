using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Web.Infrastructure;

/// <summary>
/// <c>backup FILE</c> (the real app as a child process) copies a database that is being written to; the copy opens on
/// its own, holds every case committed before the backup began, and its audit chain verifies.
/// </summary>
public sealed class BackupVerbTests
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Backup_OfADatabaseBeingWritten_IsACopyWhoseAuditChainVerifies()
    {
        await using var database = await SeededDatabase.CreateAsync();
        var actor = await database.AddActorAsync(Roles.Operator);
        var registrar = new CallRegistrar(database, TimeProvider.System, actor);
        for (var i = 0; i < 5; i++)
        {
            await registrar.RegisterAsync($"9911{i:D4}");
        }

        var copy = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"backup-{Guid.NewGuid():N}.db");
        using var stopWriting = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stopWriting.IsCancellationRequested)
            {
                await registrar.RegisterAsync($"8811{written:D4}");
                written++;
            }
        });

        try
        {
            var run = await AppProcess.RunToExitAsync(
                new Dictionary<string, string> { ["ConnectionStrings__CallCentre"] = database.Database.ConnectionString },
                _timeout,
                "backup",
                copy);
            await stopWriting.CancelAsync();
            await writer;

            Assert.True(run.ExitCode == 0, string.Join('\n', run.Lines));
            Assert.True(written > 0, "nothing was written while the backup ran");
            Assert.False(File.Exists(copy + ".partial"));
            Assert.False(File.Exists(copy + "-wal"), "the copy should be one file");

            var restored = new RestoredCopy(copy);
            await using var db = restored.CreateDbContext();
            Assert.True(await db.Cases.CountAsync() >= 5);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var verdict = await new VerifyAuditChain(restored).RunAsync(new VerifyAuditChainInput(), Actor.System);
            Assert.True(verdict.IsIntact, verdict.Break?.ToString());
            Assert.True(verdict.Count > 5);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task Backup_OverAnExistingFile_IsRefusedAndLeavesItAlone()
    {
        await using var database = await SeededDatabase.CreateAsync();
        var existing = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"backup-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(existing, "yesterday's backup");
        try
        {
            var run = await AppProcess.RunToExitAsync(
                new Dictionary<string, string> { ["ConnectionStrings__CallCentre"] = database.Database.ConnectionString },
                _timeout,
                "backup",
                existing);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(run.Lines, l => l.Contains("already exists", StringComparison.Ordinal));
            Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(existing));
        }
        finally
        {
            File.Delete(existing);
        }
    }

    private sealed class RestoredCopy(string path) : IDbContextFactory<CallCentreDbContext>
    {
        public CallCentreDbContext CreateDbContext()
        {
            var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
            builder.UseCallCentreSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            return new SqliteCallCentreDbContext(builder.Options);
        }
    }
}

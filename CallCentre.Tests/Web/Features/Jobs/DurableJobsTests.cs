using CallCentre.Domain.UseCases;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Reports;
using CallCentre.Tests.Support;
using Hangfire.Logging;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Jobs;

/// <summary>On SQLite, Hangfire's queue is a file beside the database: work queued before a stop is done after the restart.</summary>
public sealed class DurableJobsTests
{
    [Fact]
    public async Task AReportQueued_ThenTheAppStoppedBeforeItRan_IsWrittenAfterTheRestart()
    {
        var reports = Path.Combine(Path.GetTempPath(), "callcentre-tests", "durable-reports-" + Guid.NewGuid().ToString("N"));
        int id;
        string databasePath;
        string jobsPath;

        // The first run has no job server: the request is queued and nothing takes it before the app stops.
        using (var first = new CallCentreWebFactory { DeletesDatabase = false })
        {
            first.Settings["Reports:Folder"] = reports;
            _ = first.Server;
            databasePath = first.DatabasePath;
            jobsPath = first.JobsPath;
            var actor = await DemoActors.ForAsync(first.Services, "supervisor@demo.1111.mn");
            await using var scope = first.Services.CreateAsyncScope();
            id = await scope.ServiceProvider.GetRequiredService<RequestReport>().RunAsync(
                new RequestReportInput(ReportKind.CaseRegister, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, Language.English), actor);
        }

        Assert.True(File.Exists(jobsPath), "Hangfire's queue should be a file beside the database");
        // Hangfire's log provider is process-wide; the first app's logger factory is gone with it.
        LogProvider.SetCurrentLogProvider(null);
        Assert.Equal(1, new SQLiteStorage(jobsPath).GetMonitoringApi().EnqueuedCount("default"));
        Assert.Equal(ReportStatus.Queued, await StatusAsync(databasePath, id));

        using var restarted = new CallCentreWebFactory { DatabasePath = databasePath };
        restarted.Settings["Reports:Folder"] = reports;
        restarted.Settings["Jobs:Enabled"] = "true";
        _ = restarted.Server;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            ReportStatus status;
            while ((status = await StatusAsync(databasePath, id)) != ReportStatus.Done && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }

            Assert.Equal(ReportStatus.Done, status);
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }
    }

    private static async Task<ReportStatus> StatusAsync(string databasePath, int id)
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await using var db = new SqliteCallCentreDbContext(builder.Options);
        return await db.ReportRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
    }
}

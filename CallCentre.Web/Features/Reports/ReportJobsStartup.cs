using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Reports;
using CallCentre.Web.Features.Jobs;
using Hangfire;
using Hangfire.InMemory;

namespace CallCentre.Web.Features.Reports;

/// <summary>
/// At start, on a node that runs jobs: registers the report recurring jobs and, when Hangfire keeps its jobs in memory,
/// queues again every request a stop left queued or running (their jobs were lost with the process). A durable job store
/// (the SQLite job file, SQL Server) still holds them: a stop hands a running job back to the queue, a crash makes it
/// visible again after the store's invisibility timeout; queuing them again here would run them twice, side by side.
/// </summary>
internal sealed class ReportJobsStartup(IServiceScopeFactory scopes, JobSettings jobs, ReportSettings settings, JobStorage storage, ILogger<ReportJobsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!jobs.Enabled)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var recurring = scope.ServiceProvider.GetRequiredService<IRecurringJobManager>();
        var options = new RecurringJobOptions { TimeZone = UlaanbaatarTime.Zone };
        recurring.AddOrUpdate<ReportExpiryJob>(ReportExpiryJob.Id, job => job.RunAsync(CancellationToken.None), settings.ExpiryCron, options);
        recurring.AddOrUpdate<MonthlyReportJob>(MonthlyReportJob.Id, job => job.RunAsync(CancellationToken.None), settings.MonthlyReportCron, options);

        if (storage is not InMemoryStorage)
        {
            return;
        }

        var unfinished = await scope.ServiceProvider.GetRequiredService<ListUnfinishedReports>().RunAsync(Actor.System, cancellationToken);
        var scheduler = scope.ServiceProvider.GetRequiredService<IReportScheduler>();
        foreach (var id in unfinished)
        {
            scheduler.Enqueue(id);
        }

        if (unfinished.Count > 0)
        {
            logger.LogInformation("Queued {Count} unfinished report requests again", unfinished.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Reports;
using CallCentre.Web.Features.Jobs;
using Hangfire;

namespace CallCentre.Web.Features.Reports;

/// <summary>
/// At start, on a node that runs jobs: registers the report recurring jobs and queues again every request a stop left
/// queued or running (their Hangfire jobs may have been lost with in-memory storage; a request already done is skipped).
/// </summary>
internal sealed class ReportJobsStartup(IServiceScopeFactory scopes, JobSettings jobs, ReportSettings settings, ILogger<ReportJobsStartup> logger) : IHostedService
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

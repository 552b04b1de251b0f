using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;

namespace CallCentre.Web.Features.Reports;

/// <summary>Every morning: on the month's first working day, last month's report is made for the supervisors.</summary>
public sealed class MonthlyReportJob(ScheduleMonthlyReport schedule, ILogger<MonthlyReportJob> logger)
{
    public const string Id = "monthly-report";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await schedule.RunAsync(Actor.System, cancellationToken) is { } requestId)
        {
            logger.LogInformation("Monthly report requested: {RequestId}", requestId);
        }
    }
}

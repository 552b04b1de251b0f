using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Run every day: on the first working day of a month (Monday to Friday, not a recurring or dated holiday, or a weekend
/// day declared working) it records last month's monthly report for the supervisors and queues it — once per month.
/// </summary>
public sealed class ScheduleMonthlyReport(IDbContextFactory<CallCentreDbContext> dbFactory, IReportScheduler queue, TimeProvider clock)
{
    public const string SystemName = "CallCentre";

    public async Task<int?> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var today = UlaanbaatarTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FirstWorkingDayAsync(db, today.Year, today.Month, cancellationToken) != today)
        {
            return null;
        }

        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var to = from.AddMonths(1).AddDays(-1);
        if (await db.ReportRequests.AnyAsync(r => r.RequestedById == null && r.Kind == ReportKind.MonthlyReport && r.PeriodFrom == from, cancellationToken))
        {
            return null;
        }

        var request = new ReportRequest(ReportKind.MonthlyReport, from, to, null, Language.Mongolian.Code, null, SystemName, clock.GetUtcNow().UtcDateTime);
        db.ReportRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(request.Id);
        return request.Id;
    }

    /// <summary>The first working day of the month on the business calendar (working hours do not matter for days).</summary>
    public static async Task<DateOnly> FirstWorkingDayAsync(CallCentreDbContext db, int year, int month, CancellationToken cancellationToken)
    {
        var calendar = await LoadBusinessCalendar.ReadAsync(db, new CalendarSettings(), cancellationToken);
        var first = new DateOnly(year, month, 1);
        return calendar.IsWorkingDay(first) ? first : calendar.NextWorkingDay(first);
    }
}

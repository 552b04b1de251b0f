using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Calendar;

/// <summary>
/// Removes a dated day (administrators only): the date is again what its weekday and the recurring holidays make it.
/// Refused when its month would then have no working day (the last working day of a month of holidays).
/// </summary>
public sealed class DeleteCalendarDay(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    /// <summary>Succeeds when removed; "Calendar.NotFound" when someone removed it first.</summary>
    public async Task<CalendarChangeResult> RunAsync(int dayId, Actor actor, CancellationToken cancellationToken = default)
    {
        CalendarEdits.RequireAdministrator(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == dayId, cancellationToken) is not { } day)
        {
            return CalendarChangeResult.Invalid("DayId", "Calendar.NotFound");
        }

        var recurring = (await CalendarEdits.RecurringAsync(db, cancellationToken)).Select(h => (h.Month, h.Day));
        var others = (await CalendarEdits.DatedAsync(db, cancellationToken)).Where(d => d.Id != dayId).Select(d => (d.Date, d.Kind));
        if (CalendarEdits.HasNoWorkingDay(CalendarEdits.WouldBe(recurring, others), day.Date.Year, day.Date.Month))
        {
            return CalendarChangeResult.Invalid("DayId", "Calendar.MonthWithoutWorkingDays");
        }

        db.CalendarDays.Remove(day);
        CalendarEdits.Audit(db, actor, "CalendarDay.Deleted", "CalendarDay", CalendarEdits.Key(day.Date), AuditJson.Write(CalendarEdits.Values(day)), null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CalendarChangeResult.Saved(dayId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CalendarChangeResult.Invalid("DayId", "Calendar.NotFound");
        }
    }
}

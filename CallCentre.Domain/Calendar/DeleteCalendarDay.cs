using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Calendar;

/// <summary>The dated day to remove.</summary>
public sealed record DeleteCalendarDayInput(int DayId);

/// <summary>
/// Removes a dated day (administrators only): the date is again what its weekday and the recurring holidays make it.
/// Refused when its month would then have no working day (the last working day of a month of holidays).
/// </summary>
public sealed class DeleteCalendarDay(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    /// <summary>Succeeds when removed; "Calendar.NotFound" when someone removed it first.</summary>
    public async Task<SaveResult<int>> RunAsync(DeleteCalendarDayInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        CalendarEdits.RequireAdministrator(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == input.DayId, cancellationToken) is not { } day)
        {
            return SaveResult<int>.Invalid(nameof(input.DayId), "Calendar.NotFound");
        }

        var recurring = (await CalendarEdits.RecurringAsync(db, cancellationToken)).Select(h => (h.Month, h.Day));
        var others = (await CalendarEdits.DatedAsync(db, cancellationToken)).Where(d => d.Id != input.DayId).Select(d => (d.Date, d.Kind));
        if (CalendarEdits.HasNoWorkingDay(CalendarEdits.WouldBe(recurring, others), day.Date.Year, day.Date.Month))
        {
            return SaveResult<int>.Invalid(nameof(input.DayId), "Calendar.MonthWithoutWorkingDays");
        }

        db.CalendarDays.Remove(day);
        CalendarEdits.Audit(db, actor, "CalendarDay.Deleted", "CalendarDay", CalendarEdits.Key(day.Date), AuditJson.Write(CalendarEdits.Values(day)), null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult<int>.Saved(input.DayId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult<int>.Invalid(nameof(input.DayId), "Calendar.NotFound");
        }
    }
}

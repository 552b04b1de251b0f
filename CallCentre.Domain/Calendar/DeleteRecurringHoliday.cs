using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Calendar;

/// <summary>The recurring holiday to remove.</summary>
public sealed record DeleteRecurringHolidayInput(int HolidayId);

/// <summary>Removes a recurring holiday (administrators only): from then on its date is an ordinary day in every year.</summary>
public sealed class DeleteRecurringHoliday(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    /// <summary>True when the holiday was removed; false when there was no such holiday (someone removed it first).</summary>
    public async Task<bool> RunAsync(DeleteRecurringHolidayInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        CalendarEdits.RequireAdministrator(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.RecurringHolidays.FirstOrDefaultAsync(h => h.Id == input.HolidayId, cancellationToken) is not { } holiday)
        {
            return false;
        }

        db.RecurringHolidays.Remove(holiday);
        CalendarEdits.Audit(db, actor, "RecurringHoliday.Deleted", "RecurringHoliday", CalendarEdits.Key(holiday.Month, holiday.Day), AuditJson.Write(CalendarEdits.Values(holiday)), null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}

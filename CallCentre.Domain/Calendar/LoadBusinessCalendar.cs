using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Domain.Calendar;

/// <summary>Reads the whole business calendar (a few hundred rows at most) with the configured working hours.</summary>
public sealed class LoadBusinessCalendar(IDbContextFactory<CallCentreDbContext> dbFactory, IOptions<CalendarSettings> settings)
{
    public async Task<BusinessCalendar> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, settings.Value, cancellationToken);
    }

    /// <summary>Within an operation that already holds a context (a use case that sets deadlines as it saves).</summary>
    public static async Task<BusinessCalendar> ReadAsync(CallCentreDbContext db, CalendarSettings settings, CancellationToken cancellationToken = default)
    {
        var recurring = await db.RecurringHolidays.AsNoTracking().Select(h => new { h.Month, h.Day }).ToListAsync(cancellationToken);
        var dated = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind }).ToListAsync(cancellationToken);
        return new BusinessCalendar(
            recurring.Select(h => (h.Month, h.Day)),
            dated.Select(d => (d.Date, d.Kind)),
            settings.WorkdayStart,
            settings.WorkdayEnd);
    }
}

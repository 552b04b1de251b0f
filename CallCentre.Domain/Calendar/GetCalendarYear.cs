using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Domain.Calendar;

/// <summary>The year to read.</summary>
public sealed record GetCalendarYearInput(int Year);

/// <summary>A recurring holiday as the administrators' page lists it.</summary>
public sealed record RecurringHolidayRow(int Id, int Month, int Day, string NameMn, string NameEn);

/// <summary>A dated day of one year as the administrators' page lists it.</summary>
public sealed record CalendarDayRow(int Id, DateOnly Date, CalendarDayKind Kind, string? Note);

/// <summary>One year of the calendar: the recurring holidays, that year's dated days and the working days in each month.</summary>
public sealed record CalendarYear(
    int Year,
    IReadOnlyList<RecurringHolidayRow> RecurringHolidays,
    IReadOnlyList<CalendarDayRow> Days,
    IReadOnlyList<int> WorkingDaysPerMonth);

/// <summary>Reads one year of the business calendar for the administrators' page.</summary>
public sealed class GetCalendarYear(IDbContextFactory<CallCentreDbContext> dbFactory, IOptions<CalendarSettings> settings)
{
    public async Task<CalendarYear> RunAsync(GetCalendarYearInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var year = input.Year;
        if (year is < CalendarDay.FirstYear or > CalendarDay.LastYear)
        {
            throw new DomainException("Calendar.InvalidDate");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var calendar = await LoadBusinessCalendar.ReadAsync(db, settings.Value, cancellationToken);
        var holidays = await db.RecurringHolidays.AsNoTracking()
            .OrderBy(h => h.Month).ThenBy(h => h.Day)
            .Select(h => new RecurringHolidayRow(h.Id, h.Month, h.Day, h.NameMn, h.NameEn))
            .ToListAsync(cancellationToken);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .Select(d => new CalendarDayRow(d.Id, d.Date, d.Kind, d.Note))
            .ToListAsync(cancellationToken);
        var perMonth = Enumerable.Range(1, 12)
            .Select(month => Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Count(day => calendar.IsWorkingDay(new DateOnly(year, month, day))))
            .ToList();
        return new CalendarYear(year, holidays, days, perMonth);
    }
}

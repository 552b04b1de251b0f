using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Calendar;

/// <summary>What the calendar's administration use cases share: who may edit, the month rule and the audit entry.</summary>
internal static class CalendarEdits
{
    public static void RequireAdministrator(Actor actor)
    {
        if (!actor.IsIn(Roles.Administrator))
        {
            throw new DomainException("Calendar.NotAllowedForRole");
        }
    }

    /// <summary>The calendar as it would be after a change: the recurring dates and dated days given, default hours.</summary>
    public static BusinessCalendar WouldBe(IEnumerable<(int Month, int Day)> recurring, IEnumerable<(DateOnly Date, CalendarDayKind Kind)> dated) =>
        new(recurring, dated, BusinessCalendar.DefaultWorkdayStart, BusinessCalendar.DefaultWorkdayEnd);

    public static async Task<List<(int Month, int Day, int Id)>> RecurringAsync(CallCentreDbContext db, CancellationToken cancellationToken) =>
        (await db.RecurringHolidays.AsNoTracking().Select(h => new { h.Month, h.Day, h.Id }).ToListAsync(cancellationToken))
            .Select(h => (h.Month, h.Day, h.Id)).ToList();

    public static async Task<List<(DateOnly Date, CalendarDayKind Kind, int Id)>> DatedAsync(CallCentreDbContext db, CancellationToken cancellationToken) =>
        (await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind, d.Id }).ToListAsync(cancellationToken))
            .Select(d => (d.Date, d.Kind, d.Id)).ToList();

    /// <summary>True when the month of that year would hold no working day: a calendar no deadline could be counted on.</summary>
    public static bool HasNoWorkingDay(BusinessCalendar calendar, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        for (var date = first; date.Month == month; date = date.AddDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                return false;
            }
        }

        return true;
    }

    public static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Key(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{month:00}-{day:00}");

    public static IEnumerable<KeyValuePair<string, object?>> Values(RecurringHoliday holiday) =>
    [
        new("Month", holiday.Month), new("Day", holiday.Day), new("NameMn", holiday.NameMn), new("NameEn", holiday.NameEn),
    ];

    public static IEnumerable<KeyValuePair<string, object?>> Values(CalendarDay day) =>
        [new("Date", Key(day.Date)), new("Kind", day.Kind), new("Note", day.Note)];

    /// <summary>Queues the audit entry of an administrator's change; the save that makes the change appends it.</summary>
    public static void Audit(CallCentreDbContext db, Actor actor, string action, string subjectType, string subjectId, string? before, string? after) =>
        db.Audit(new AuditRecord(default, actor.UserId, actor.DisplayName, action, subjectType, subjectId, before, after, AuditOutcome.Succeeded, AuditScope.Current?.ClientAddress));
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Calendar;

/// <summary>What the recurring holiday form sends: a new holiday when <see cref="HolidayId"/> is null.</summary>
public sealed record SaveRecurringHolidayInput(int? HolidayId, int? Month, int? Day, string? NameMn, string? NameEn);

/// <summary>
/// Adds or corrects a holiday kept on the same date every year (administrators only). Refused, with nothing saved: an
/// impossible date, a missing name, a second holiday on the same date, and a change after which a month of some year
/// the calendar covers (this year, next year and every year with dated days) would have no working day.
/// </summary>
public sealed class SaveRecurringHoliday(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult<int>> RunAsync(SaveRecurringHolidayInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        CalendarEdits.RequireAdministrator(actor);
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return SaveResult<int>.Invalid(errors);
        }

        var month = input.Month!.Value;
        var day = input.Day!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        RecurringHoliday? holiday = null;
        if (input.HolidayId is { } holidayId
            && (holiday = await db.RecurringHolidays.FirstOrDefaultAsync(h => h.Id == holidayId, cancellationToken)) is null)
        {
            return SaveResult<int>.Invalid(nameof(input.HolidayId), "Calendar.NotFound");
        }

        var recurring = await CalendarEdits.RecurringAsync(db, cancellationToken);
        if (recurring.Any(h => h.Id != input.HolidayId && h.Month == month && h.Day == day))
        {
            return SaveResult<int>.Invalid(nameof(input.Day), "Calendar.DuplicateHoliday");
        }

        var dated = await CalendarEdits.DatedAsync(db, cancellationToken);
        var wouldBe = CalendarEdits.WouldBe(
            recurring.Where(h => h.Id != input.HolidayId).Select(h => (h.Month, h.Day)).Append((month, day)),
            dated.Select(d => (d.Date, d.Kind)));
        var thisYear = UlaanbaatarTime.Today(clock).Year;
        var years = dated.Select(d => d.Date.Year).Append(thisYear).Append(thisYear + 1).Distinct();
        if (years.Any(year => (month != 2 || day != 29 || DateTime.IsLeapYear(year)) && CalendarEdits.HasNoWorkingDay(wouldBe, year, month)))
        {
            return SaveResult<int>.Invalid(nameof(input.Month), "Calendar.MonthWithoutWorkingDays");
        }

        var before = holiday is null ? null : AuditJson.Write(CalendarEdits.Values(holiday));
        if (holiday is null)
        {
            holiday = new RecurringHoliday(month, day, input.NameMn!, input.NameEn!);
            db.RecurringHolidays.Add(holiday);
        }
        else
        {
            holiday.Redefine(month, day, input.NameMn!, input.NameEn!);
        }

        CalendarEdits.Audit(
            db, actor, before is null ? "RecurringHoliday.Created" : "RecurringHoliday.Changed", "RecurringHoliday", CalendarEdits.Key(month, day),
            before, AuditJson.Write(CalendarEdits.Values(holiday)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.RecurringHolidays.AsNoTracking().AnyAsync(h => h.Id != input.HolidayId && h.Month == month && h.Day == day, CancellationToken.None))
            {
                throw;
            }

            // Another administrator added a holiday on the same date at the same moment; the unique index refused this one.
            return SaveResult<int>.Invalid(nameof(input.Day), "Calendar.DuplicateHoliday");
        }

        return SaveResult<int>.Saved(holiday.Id);
    }

    private static Dictionary<string, string> Validate(SaveRecurringHolidayInput input)
    {
        var errors = new Dictionary<string, string>();
        if (input.Month is not { } month || month is < 1 or > 12)
        {
            errors[nameof(input.Month)] = "Calendar.InvalidDate";
        }
        else if (input.Day is not { } day || !RecurringHoliday.IsValidDate(month, day))
        {
            errors[nameof(input.Day)] = "Calendar.InvalidDate";
        }

        foreach (var (field, name) in new[] { (nameof(input.NameMn), input.NameMn), (nameof(input.NameEn), input.NameEn) })
        {
            var trimmed = name?.Trim() ?? "";
            if (trimmed.Length == 0)
            {
                errors[field] = "Calendar.HolidayNameRequired";
            }
            else if (trimmed.Length > RecurringHoliday.NameMaxLength)
            {
                errors[field] = "Calendar.HolidayNameTooLong";
            }
        }

        return errors;
    }
}

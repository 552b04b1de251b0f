using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Calendar;

/// <summary>What the dated day form sends: a new entry when <see cref="DayId"/> is null.</summary>
public sealed record SaveCalendarDayInput(int? DayId, DateOnly? Date, CalendarDayKind? Kind, string? Note);

/// <summary>
/// Adds or corrects a dated day of one year: a lunar or moved holiday, or a weekend day the Government declared working
/// (administrators only). Refused, with nothing saved: a date outside the calendar's years, a second entry for the same
/// date, a "working day" that is already one, and a change after which its month would have no working day.
/// </summary>
public sealed class SaveCalendarDay(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<SaveResult<int>> RunAsync(SaveCalendarDayInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        CalendarEdits.RequireAdministrator(actor);
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return SaveResult<int>.Invalid(errors);
        }

        var date = input.Date!.Value;
        var kind = input.Kind!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        CalendarDay? day = null;
        if (input.DayId is { } dayId && (day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == dayId, cancellationToken)) is null)
        {
            return SaveResult<int>.Invalid(nameof(input.DayId), "Calendar.NotFound");
        }

        var dated = await CalendarEdits.DatedAsync(db, cancellationToken);
        if (dated.Any(d => d.Id != input.DayId && d.Date == date))
        {
            return SaveResult<int>.Invalid(nameof(input.Date), "Calendar.DuplicateDay");
        }

        var recurring = (await CalendarEdits.RecurringAsync(db, cancellationToken)).Select(h => (h.Month, h.Day)).ToList();
        var others = dated.Where(d => d.Id != input.DayId).Select(d => (d.Date, d.Kind)).ToList();
        if (kind == CalendarDayKind.WorkingDay && CalendarEdits.WouldBe(recurring, others).IsWorkingDay(date))
        {
            return SaveResult<int>.Invalid(nameof(input.Kind), "Calendar.AlreadyWorkingDay");
        }

        var wouldBe = CalendarEdits.WouldBe(recurring, others.Append((date, kind)));
        var months = new List<(int Year, int Month)> { (date.Year, date.Month) };
        if (day is not null)
        {
            months.Add((day.Date.Year, day.Date.Month));
        }

        if (months.Any(m => CalendarEdits.HasNoWorkingDay(wouldBe, m.Year, m.Month)))
        {
            return SaveResult<int>.Invalid(nameof(input.Date), "Calendar.MonthWithoutWorkingDays");
        }

        var before = day is null ? null : AuditJson.Write(CalendarEdits.Values(day));
        if (day is null)
        {
            day = new CalendarDay(date, kind, input.Note);
            db.CalendarDays.Add(day);
        }
        else
        {
            day.Redefine(date, kind, input.Note);
        }

        CalendarEdits.Audit(
            db, actor, before is null ? "CalendarDay.Created" : "CalendarDay.Changed", "CalendarDay", CalendarEdits.Key(date),
            before, AuditJson.Write(CalendarEdits.Values(day)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.CalendarDays.AsNoTracking().AnyAsync(d => d.Id != input.DayId && d.Date == date, CancellationToken.None))
            {
                throw;
            }

            // Another administrator entered the same date at the same moment; the unique index refused this one.
            return SaveResult<int>.Invalid(nameof(input.Date), "Calendar.DuplicateDay");
        }

        return SaveResult<int>.Saved(day.Id);
    }

    private static Dictionary<string, string> Validate(SaveCalendarDayInput input)
    {
        var errors = new Dictionary<string, string>();
        if (input.Date is not { } date || date.Year is < CalendarDay.FirstYear or > CalendarDay.LastYear)
        {
            errors[nameof(input.Date)] = "Calendar.InvalidDate";
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors[nameof(input.Kind)] = "Calendar.InvalidKind";
        }

        if (input.Note?.Trim().Length > CalendarDay.NoteMaxLength)
        {
            errors[nameof(input.Note)] = "Calendar.NoteTooLong";
        }

        return errors;
    }
}

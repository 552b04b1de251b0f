namespace CallCentre.Domain.Calendar;

/// <summary>
/// The working-day calendar of Mongolia's government in Asia/Ulaanbaatar: Monday to Friday within working hours, except
/// recurring and dated holidays, plus weekend days declared working. A dated entry wins over the weekday and the recurring
/// holidays. Instants go in and come out in UTC; days and hours are counted in Ulaanbaatar time.
/// </summary>
public sealed class BusinessCalendar
{
    public static readonly TimeOnly DefaultWorkdayStart = new(9, 0);
    public static readonly TimeOnly DefaultWorkdayEnd = new(18, 0);

    /// <summary>No real calendar goes this many days without a working day; more means the data is wrong, not the count.</summary>
    private const int MaxDaysWithoutWork = 366;

    private readonly HashSet<(int Month, int Day)> _recurringHolidays;
    private readonly Dictionary<DateOnly, CalendarDayKind> _datedDays;

    public BusinessCalendar(
        IEnumerable<(int Month, int Day)> recurringHolidays,
        IEnumerable<(DateOnly Date, CalendarDayKind Kind)> datedDays,
        TimeOnly workdayStart,
        TimeOnly workdayEnd)
    {
        if (workdayEnd <= workdayStart)
        {
            throw new DomainException("Calendar.WorkingHoursInvalid");
        }

        _recurringHolidays = recurringHolidays.ToHashSet();
        _datedDays = datedDays.ToDictionary(d => d.Date, d => d.Kind);
        WorkdayStart = workdayStart;
        WorkdayEnd = workdayEnd;
    }

    public static BusinessCalendar From(
        IEnumerable<RecurringHoliday> recurringHolidays,
        IEnumerable<CalendarDay> datedDays,
        TimeOnly? workdayStart = null,
        TimeOnly? workdayEnd = null) =>
        new(
            recurringHolidays.Select(h => (h.Month, h.Day)),
            datedDays.Select(d => (d.Date, d.Kind)),
            workdayStart ?? DefaultWorkdayStart,
            workdayEnd ?? DefaultWorkdayEnd);

    public TimeOnly WorkdayStart { get; }

    public TimeOnly WorkdayEnd { get; }

    public TimeSpan WorkdayLength => WorkdayEnd - WorkdayStart;

    public bool IsWorkingDay(DateOnly date)
    {
        if (_datedDays.TryGetValue(date, out var kind))
        {
            return kind == CalendarDayKind.WorkingDay;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !_recurringHolidays.Contains((date.Month, date.Day));
    }

    public bool IsWorkingTime(DateTime utc)
    {
        var local = UlaanbaatarTime.FromUtc(utc);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= WorkdayStart && time < WorkdayEnd;
    }

    /// <summary>
    /// The same time of day <paramref name="days"/> working days later, counted from the next moment of working time
    /// (a case received on Friday evening with one working day is due on Tuesday at the start of the day).
    /// </summary>
    public DateTime AddWorkingDays(DateTime utc, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var start = UlaanbaatarTime.FromUtc(NextWorkingMoment(utc));
        var date = DateOnly.FromDateTime(start);
        for (var i = 0; i < days; i++)
        {
            date = NextWorkingDay(date);
        }

        return UlaanbaatarTime.ToUtc(date.ToDateTime(TimeOnly.FromDateTime(start)));
    }

    /// <summary>
    /// The same time of day <paramref name="days"/> working days earlier (a reminder before a deadline); a time outside
    /// working hours is first brought within them, a non-working day back to the working day before it.
    /// </summary>
    public DateTime SubtractWorkingDays(DateTime utc, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = UlaanbaatarTime.FromUtc(utc);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (time < WorkdayStart || !IsWorkingDay(date))
        {
            date = IsWorkingDay(date) ? PreviousWorkingDay(date) : PreviousWorkingDayOrSelf(date);
            time = WorkdayEnd;
        }
        else if (time > WorkdayEnd)
        {
            time = WorkdayEnd;
        }

        for (var i = 0; i < days; i++)
        {
            date = PreviousWorkingDay(date);
        }

        return UlaanbaatarTime.ToUtc(date.ToDateTime(time));
    }

    /// <summary>The instant after <paramref name="duration"/> of working time has passed from <paramref name="utc"/>.</summary>
    public DateTime AddWorkingTime(DateTime utc, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var local = UlaanbaatarTime.FromUtc(NextWorkingMoment(utc));
        var remaining = duration;
        for (var guard = 0; ; guard++)
        {
            var dayEnd = DateOnly.FromDateTime(local).ToDateTime(WorkdayEnd);
            var available = dayEnd - local;
            if (remaining <= available)
            {
                return UlaanbaatarTime.ToUtc(local + remaining);
            }

            remaining -= available;
            local = NextWorkingDay(DateOnly.FromDateTime(local)).ToDateTime(WorkdayStart);
            if (guard > 100_000)
            {
                throw new DomainException("Calendar.NoWorkingDays");
            }
        }
    }

    /// <summary>How much working time lies between two instants; negative when <paramref name="toUtc"/> is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc < fromUtc)
        {
            return -WorkingTimeBetween(toUtc, fromUtc);
        }

        var from = UlaanbaatarTime.FromUtc(fromUtc);
        var to = UlaanbaatarTime.FromUtc(toUtc);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(from); date <= DateOnly.FromDateTime(to); date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            var start = Max(date.ToDateTime(WorkdayStart), from);
            var end = Min(date.ToDateTime(WorkdayEnd), to);
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <summary>The instant itself when it is working time, otherwise the start of the next working time.</summary>
    public DateTime NextWorkingMoment(DateTime utc)
    {
        var local = UlaanbaatarTime.FromUtc(utc);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (IsWorkingDay(date) && time >= WorkdayStart && time < WorkdayEnd)
        {
            return DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        }

        var day = IsWorkingDay(date) && time < WorkdayStart ? date : NextWorkingDay(date);
        return UlaanbaatarTime.ToUtc(day.ToDateTime(WorkdayStart));
    }

    public DateOnly NextWorkingDay(DateOnly date)
    {
        for (var i = 1; i <= MaxDaysWithoutWork; i++)
        {
            var next = date.AddDays(i);
            if (IsWorkingDay(next))
            {
                return next;
            }
        }

        throw new DomainException("Calendar.NoWorkingDays");
    }

    public DateOnly PreviousWorkingDay(DateOnly date)
    {
        for (var i = 1; i <= MaxDaysWithoutWork; i++)
        {
            var previous = date.AddDays(-i);
            if (IsWorkingDay(previous))
            {
                return previous;
            }
        }

        throw new DomainException("Calendar.NoWorkingDays");
    }

    private DateOnly PreviousWorkingDayOrSelf(DateOnly date) => IsWorkingDay(date) ? date : PreviousWorkingDay(date);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}

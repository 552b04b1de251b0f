namespace CallCentre.Domain.Calendar;

/// <summary>A public holiday fixed by law to the same month and day every year.</summary>
public sealed class RecurringHoliday
{
    public const int NameMaxLength = 200;

    private RecurringHoliday()
    {
    }

    public RecurringHoliday(int month, int day, string nameMn, string nameEn) => Redefine(month, day, nameMn, nameEn);

    /// <summary>Whether a month and day exist in some year (29 February does).</summary>
    public static bool IsValidDate(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);

    /// <summary>An administrator's correction of the date or the names.</summary>
    public void Redefine(int month, int day, string nameMn, string nameEn)
    {
        // A leap year, so that 29 February is a valid recurring date.
        if (!IsValidDate(month, day))
        {
            throw new DomainException("Calendar.InvalidDate");
        }

        var mn = nameMn?.Trim() ?? "";
        var en = nameEn?.Trim() ?? "";
        if (mn.Length is 0 or > NameMaxLength || en.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Calendar.HolidayNameRequired");
        }

        Month = month;
        Day = day;
        NameMn = mn;
        NameEn = en;
    }

    public int Id { get; private set; }

    public int Month { get; private set; }

    public int Day { get; private set; }

    public string NameMn { get; private set; } = "";

    public string NameEn { get; private set; } = "";
}

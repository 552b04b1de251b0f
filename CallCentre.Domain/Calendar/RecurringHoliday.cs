namespace CallCentre.Domain.Calendar;

/// <summary>A public holiday fixed by law to the same month and day every year.</summary>
public sealed class RecurringHoliday
{
    public const int NameMaxLength = 200;

    private RecurringHoliday()
    {
    }

    public RecurringHoliday(int month, int day, string nameMn, string nameEn)
    {
        // A leap year, so that 29 February is a valid recurring date.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            throw new DomainException("Calendar.InvalidDate");
        }

        Month = month;
        Day = day;
        NameMn = nameMn?.Trim() ?? "";
        NameEn = nameEn?.Trim() ?? "";
        if (NameMn.Length is 0 or > NameMaxLength || NameEn.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Calendar.HolidayNameRequired");
        }
    }

    public int Id { get; private set; }

    public int Month { get; private set; }

    public int Day { get; private set; }

    public string NameMn { get; private set; } = "";

    public string NameEn { get; private set; } = "";
}

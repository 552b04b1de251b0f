namespace CallCentre.Domain.Calendar;

/// <summary>Working hours of government offices, in Ulaanbaatar time (<c>Calendar:WorkdayStart</c>, <c>Calendar:WorkdayEnd</c>).</summary>
public sealed class CalendarSettings
{
    public const string Section = "Calendar";

    public TimeOnly WorkdayStart { get; set; } = BusinessCalendar.DefaultWorkdayStart;

    public TimeOnly WorkdayEnd { get; set; } = BusinessCalendar.DefaultWorkdayEnd;
}

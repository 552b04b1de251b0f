namespace CallCentre.Domain.Calendar;

/// <summary>Whether a dated entry of the business calendar makes a day a holiday or a (moved) working day.</summary>
public enum CalendarDayKind
{
    Holiday,
    WorkingDay,
}

namespace CallCentre.Domain.Calendar;

/// <summary>A dated entry of one year's calendar: a lunar or moved holiday, or a weekend day declared working.</summary>
public sealed class CalendarDay
{
    public const int NoteMaxLength = 300;

    /// <summary>The years a business calendar can hold; a date outside them is a mistake (often an unset date).</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string? note) => Redefine(date, kind, note);

    /// <summary>An administrator's correction of the date, the kind or the note.</summary>
    public void Redefine(DateOnly date, CalendarDayKind kind, string? note)
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            throw new DomainException("Calendar.InvalidDate");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Calendar.InvalidKind");
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > NoteMaxLength)
        {
            throw new DomainException("Calendar.NoteTooLong");
        }

        Date = date;
        Kind = kind;
        Note = trimmed;
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string? Note { get; private set; }
}

namespace CallCentre.Domain.Calendar;

/// <summary>A dated entry of one year's calendar: a lunar or moved holiday, or a weekend day declared working.</summary>
public sealed class CalendarDay
{
    public const int NoteMaxLength = 300;

    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string? note)
    {
        Date = date;
        Kind = kind;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (Note?.Length > NoteMaxLength)
        {
            throw new DomainException("Calendar.NoteTooLong");
        }
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string? Note { get; private set; }
}

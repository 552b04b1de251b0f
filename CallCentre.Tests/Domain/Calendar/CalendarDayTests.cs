using CallCentre.Domain;
using CallCentre.Domain.Calendar;

namespace CallCentre.Tests.Domain.Calendar;

public sealed class CalendarDayTests
{
    [Fact]
    public void Create_WorkingSaturday_KeepsDateKindAndTrimmedNote()
    {
        var day = new CalendarDay(new DateOnly(2026, 2, 28), CalendarDayKind.WorkingDay, " Saturday made a working day ");

        Assert.Equal(new DateOnly(2026, 2, 28), day.Date);
        Assert.Equal(CalendarDayKind.WorkingDay, day.Kind);
        Assert.Equal("Saturday made a working day", day.Note);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WithoutNote_StoresNoNote(string? note) =>
        Assert.Null(new CalendarDay(new DateOnly(2025, 3, 1), CalendarDayKind.Holiday, note).Note);

    [Fact]
    public void Create_WithOverlongNote_Throws() =>
        Assert.Throws<DomainException>(() => new CalendarDay(new DateOnly(2025, 3, 1), CalendarDayKind.Holiday, new string('n', CalendarDay.NoteMaxLength + 1)));

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void Create_WithDateOutsideTheCalendarYears_Throws(int year, int month, int day)
    {
        var ex = Assert.Throws<DomainException>(() => new CalendarDay(new DateOnly(year, month, day), CalendarDayKind.Holiday, null));

        Assert.Equal("Calendar.InvalidDate", ex.MessageKey);
    }

    [Fact]
    public void Create_WithUndefinedKind_Throws() =>
        Assert.Throws<DomainException>(() => new CalendarDay(new DateOnly(2025, 3, 1), (CalendarDayKind)42, null));
}

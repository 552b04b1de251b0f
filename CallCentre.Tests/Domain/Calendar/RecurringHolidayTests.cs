using CallCentre.Domain;
using CallCentre.Domain.Calendar;

namespace CallCentre.Tests.Domain.Calendar;

public sealed class RecurringHolidayTests
{
    public static TheoryData<string?> BadNames => new() { null, "", "  ", new string('я', RecurringHoliday.NameMaxLength + 1) };

    [Fact]
    public void Create_Naadam_KeepsMonthDayAndTrimmedNames()
    {
        var naadam = new RecurringHoliday(7, 11, " Үндэсний их баяр наадам ", "Naadam ");

        Assert.Equal((7, 11), (naadam.Month, naadam.Day));
        Assert.Equal("Үндэсний их баяр наадам", naadam.NameMn);
        Assert.Equal("Naadam", naadam.NameEn);
    }

    [Fact]
    public void Create_On29February_IsAllowedBecauseLeapYearsHaveIt() =>
        Assert.Equal(29, new RecurringHoliday(2, 29, "Өдөр", "Day").Day);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(13, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 32)]
    [InlineData(4, 31)]
    [InlineData(2, 30)]
    public void Create_WithImpossibleMonthOrDay_Throws(int month, int day)
    {
        var ex = Assert.Throws<DomainException>(() => new RecurringHoliday(month, day, "Баяр", "Holiday"));

        Assert.Equal("Calendar.InvalidDate", ex.MessageKey);
    }

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongMongolianName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new RecurringHoliday(1, 1, name!, "New Year"));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongEnglishName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new RecurringHoliday(1, 1, "Шинэ жил", name!));
}

using CallCentre.Domain;
using CallCentre.Domain.Calendar;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Calendar;

/// <summary>The seeded reference calendar, read once for the class through <see cref="LoadBusinessCalendar"/>.</summary>
public sealed class SeededCalendarFixture : IAsyncLifetime
{
    public BusinessCalendar Calendar { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var database = await SeededDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        Calendar = await LoadBusinessCalendar.ReadAsync(db, new CalendarSettings());
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// The business calendar on the shipped reference data: Tsagaan Sar 2026 (17–20 February off, Saturday 28 February
/// working), Naadam (11–15 July every year), New Year, and Ulaanbaatar's fixed UTC+8.
/// </summary>
public sealed class BusinessCalendarTests(SeededCalendarFixture fixture) : IClassFixture<SeededCalendarFixture>
{
    private BusinessCalendar Calendar => fixture.Calendar;

    /// <summary>A UTC instant given as Ulaanbaatar wall-clock time (UTC+8, no daylight saving).</summary>
    private static DateTime Ub(int year, int month, int day, int hour = 0, int minute = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Theory]
    [InlineData("2026-02-16", true)]
    [InlineData("2026-02-17", false)]
    [InlineData("2026-02-18", false)]
    [InlineData("2026-02-19", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-21", false)]
    [InlineData("2026-02-22", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-03-01", false)]
    public void IsWorkingDay_TsagaanSar2026_HolidaysOffAndSaturday28FebruaryWorking(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-07-10", true)]
    [InlineData("2026-07-13", false)]
    [InlineData("2026-07-15", false)]
    [InlineData("2026-07-16", true)]
    [InlineData("2027-07-12", false)]
    [InlineData("2030-07-11", false)]
    [InlineData("2025-07-10", false)]
    [InlineData("2025-07-17", false)]
    [InlineData("2025-07-18", true)]
    public void IsWorkingDay_Naadam_IsOffEveryYearAndTheDatedExtensionOnlyInItsYear(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025-12-29", false)]
    [InlineData("2025-12-31", true)]
    [InlineData("2026-01-01", false)]
    [InlineData("2026-01-02", true)]
    [InlineData("2027-01-01", false)]
    [InlineData("2026-03-08", false)]
    [InlineData("2026-03-09", true)]
    public void IsWorkingDay_YearEndAndFixedHolidays(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void IsWorkingDay_WhenDatedDayContradictsTheRecurringHoliday_TheDatedDayWins()
    {
        var calendar = new BusinessCalendar([(7, 11)], [(new DateOnly(2026, 7, 13), CalendarDayKind.WorkingDay), (new DateOnly(2026, 7, 8), CalendarDayKind.Holiday)], new(9, 0), new(18, 0));

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 7, 13)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 7, 8)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 7, 11)));
    }

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(13, 0, true)]
    [InlineData(17, 59, true)]
    [InlineData(18, 0, false)]
    [InlineData(23, 0, false)]
    public void IsWorkingTime_OnAWorkingMonday_OnlyWithinWorkingHours(int hour, int minute, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingTime(Ub(2026, 3, 2, hour, minute)));

    [Fact]
    public void IsWorkingTime_CountsTheDayInUlaanbaatarNotInUtc()
    {
        // Sunday 23:30 UTC is Monday 07:30 in Ulaanbaatar: Monday, but before hours.
        Assert.False(Calendar.IsWorkingTime(new DateTime(2026, 3, 1, 23, 30, 0, DateTimeKind.Utc)));
        // Monday 01:30 UTC is Monday 09:30 in Ulaanbaatar.
        Assert.True(Calendar.IsWorkingTime(new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc)));
        // Friday 16:30 UTC is already Saturday 00:30 in Ulaanbaatar.
        Assert.False(Calendar.IsWorkingTime(new DateTime(2026, 3, 6, 16, 30, 0, DateTimeKind.Utc)));
        // Friday 09:30 UTC is Friday 17:30 in Ulaanbaatar: still working time.
        Assert.True(Calendar.IsWorkingTime(new DateTime(2026, 3, 6, 9, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void IsWorkingTime_OnHolidaysAndTheMovedSaturday()
    {
        Assert.False(Calendar.IsWorkingTime(Ub(2026, 2, 18, 10)));
        Assert.True(Calendar.IsWorkingTime(Ub(2026, 2, 28, 10)));
        Assert.False(Calendar.IsWorkingTime(Ub(2026, 7, 14, 10)));
        Assert.False(Calendar.IsWorkingTime(Ub(2027, 1, 1, 10)));
    }

    [Fact]
    public void UlaanbaatarTime_FromUtc_AgreesWithTheTimeZoneData_BeforeAndAfterDaylightSavingEnded()
    {
        Assert.True(UlaanbaatarTime.IsFixedSince2017, "The fixed-offset path should hold for the system's time-zone data.");
        var random = new Random(1111);
        var from = new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var to = new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        for (var i = 0; i < 20_000; i++)
        {
            var utc = new DateTime(random.NextInt64(from, to), DateTimeKind.Utc);
            Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(utc, UlaanbaatarTime.Zone), UlaanbaatarTime.FromUtc(utc));
        }

        // Summer 2016 still had daylight saving (+09:00); the fallback keeps it.
        var summer2016 = new DateTime(2016, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(summer2016, UlaanbaatarTime.Zone), UlaanbaatarTime.FromUtc(summer2016));
        Assert.Equal(new DateTime(2017, 1, 1, 8, 0, 0), UlaanbaatarTime.FromUtc(new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(DateTimeKind.Unspecified, UlaanbaatarTime.FromUtc(new DateTime(2026, 3, 10, 4, 0, 0, DateTimeKind.Utc)).Kind);
    }

    [Fact]
    public void UlaanbaatarTime_IsUtcPlusEightAllYear_WithoutDaylightSaving()
    {
        for (var day = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc); day.Year == 2026; day = day.AddDays(1))
        {
            Assert.Equal(TimeSpan.FromHours(8), UlaanbaatarTime.FromUtc(day) - day);
        }

        // Working time starts at 01:00 UTC in winter and in summer alike.
        Assert.Equal(new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc), Calendar.NextWorkingMoment(new DateTime(2026, 1, 4, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 6, 29, 1, 0, 0, DateTimeKind.Utc), Calendar.NextWorkingMoment(new DateTime(2026, 6, 28, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void NextWorkingMoment_WithinWorkingTime_IsTheInstantItself()
    {
        var instant = Ub(2026, 3, 3, 11, 15);

        var next = Calendar.NextWorkingMoment(instant);

        Assert.Equal(instant, next);
        Assert.Equal(DateTimeKind.Utc, next.Kind);
    }

    [Theory]
    [InlineData(2026, 3, 6, 19, 2026, 3, 9)] // Friday evening → Monday (Women's Day fell on Sunday)
    [InlineData(2026, 3, 2, 7, 2026, 3, 2)] // Monday before hours → the same morning
    [InlineData(2026, 2, 16, 18, 2026, 2, 23)] // the evening before Tsagaan Sar → the Monday after
    [InlineData(2026, 2, 27, 18, 2026, 2, 28)] // Friday evening → the Saturday declared working
    [InlineData(2026, 12, 31, 18, 2027, 1, 4)] // New Year's Eve evening → the first Monday of the year
    [InlineData(2026, 7, 10, 20, 2026, 7, 16)] // Friday evening before Naadam → Thursday after it
    public void NextWorkingMoment_OutsideWorkingTime_IsTheStartOfTheNextWorkingDay(int y, int m, int d, int h, int ey, int em, int ed) =>
        Assert.Equal(Ub(ey, em, ed, 9), Calendar.NextWorkingMoment(Ub(y, m, d, h)));

    [Theory]
    [InlineData(2026, 2, 13, 10, 1, 2026, 2, 16, 10)] // Friday → Monday
    [InlineData(2026, 2, 13, 10, 2, 2026, 2, 23, 10)] // across Tsagaan Sar and the weekend after it
    [InlineData(2026, 2, 27, 10, 1, 2026, 2, 28, 10)] // Friday → the working Saturday
    [InlineData(2026, 2, 27, 10, 2, 2026, 3, 2, 10)] // the working Saturday counts, Sunday does not
    [InlineData(2026, 7, 10, 10, 1, 2026, 7, 16, 10)] // across Naadam
    [InlineData(2026, 12, 28, 15, 1, 2026, 12, 30, 15)] // across National Freedom Day
    [InlineData(2026, 12, 28, 15, 3, 2027, 1, 4, 15)] // across New Year and the weekend
    [InlineData(2026, 3, 6, 19, 1, 2026, 3, 10, 9)] // Friday evening with one working day: due Tuesday morning
    [InlineData(2026, 3, 2, 7, 0, 2026, 3, 2, 9)] // zero days from before hours: the start of that day
    [InlineData(2026, 3, 2, 10, 20, 2026, 3, 30, 10)] // four plain weeks
    public void AddWorkingDays_KeepsTheTimeOfDayAndSkipsNonWorkingDays(int y, int m, int d, int h, int days, int ey, int em, int ed, int eh)
    {
        var due = Calendar.AddWorkingDays(Ub(y, m, d, h), days);

        Assert.Equal(Ub(ey, em, ed, eh), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Ub(2026, 3, 2, 10), -1));

    [Theory]
    [InlineData(2026, 2, 23, 10, 1, 2026, 2, 16, 10)] // Monday after Tsagaan Sar → the Monday before it
    [InlineData(2026, 2, 23, 10, 2, 2026, 2, 13, 10)]
    [InlineData(2026, 3, 7, 14, 0, 2026, 3, 6, 18)] // a Saturday deadline is in effect Friday at close
    [InlineData(2026, 3, 7, 14, 1, 2026, 3, 5, 18)]
    [InlineData(2026, 3, 2, 8, 0, 2026, 2, 28, 18)] // Monday before hours → the working Saturday at close
    [InlineData(2026, 3, 2, 8, 1, 2026, 2, 27, 18)]
    [InlineData(2026, 3, 3, 20, 1, 2026, 3, 2, 18)] // after hours → the day's close
    [InlineData(2026, 2, 19, 10, 1, 2026, 2, 13, 18)] // a deadline on a holiday: back to the last working day's close
    [InlineData(2026, 2, 19, 10, 5, 2026, 2, 9, 18)]
    [InlineData(2027, 1, 4, 10, 1, 2026, 12, 31, 10)] // across New Year
    [InlineData(2026, 7, 16, 10, 1, 2026, 7, 10, 10)] // across Naadam
    public void SubtractWorkingDays_CountsBackOverWorkingDays(int y, int m, int d, int h, int days, int ey, int em, int ed, int eh)
    {
        var reminder = Calendar.SubtractWorkingDays(Ub(y, m, d, h), days);

        Assert.Equal(Ub(ey, em, ed, eh), reminder);
        Assert.Equal(DateTimeKind.Utc, reminder.Kind);
    }

    [Fact]
    public void SubtractWorkingDays_UndoesAddWorkingDaysFromAnyWorkingMoment()
    {
        for (var start = Ub(2026, 2, 2, 9, 30); start < Ub(2026, 3, 31); start = start.AddHours(7))
        {
            if (!Calendar.IsWorkingTime(start))
            {
                continue;
            }

            foreach (var days in new[] { 1, 5, 21 })
            {
                Assert.Equal(start, Calendar.SubtractWorkingDays(Calendar.AddWorkingDays(start, days), days));
            }
        }
    }

    [Fact]
    public void SubtractWorkingDays_StatutoryRemindersBeforeThirtyCalendarDays_FallOnWorkingDays()
    {
        // Received on 20 January: the thirty calendar days end on Thursday 19 February, a Tsagaan Sar holiday.
        var respondBy = Ub(2026, 1, 20, 10).AddDays(30);

        Assert.Equal(Ub(2026, 2, 13, 18), Calendar.SubtractWorkingDays(respondBy, 1));
        Assert.Equal(Ub(2026, 2, 9, 18), Calendar.SubtractWorkingDays(respondBy, 5));
    }

    [Fact]
    public void SubtractWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.SubtractWorkingDays(Ub(2026, 3, 2, 10), -1));

    [Theory]
    [InlineData(2026, 3, 2, 17, 0, 2, 2026, 3, 3, 10, 0)] // carries over to the next morning
    [InlineData(2026, 3, 2, 7, 0, 1, 2026, 3, 2, 10, 0)] // counts from the start of hours
    [InlineData(2026, 3, 2, 9, 0, 9, 2026, 3, 2, 18, 0)] // a whole working day ends at close, not next morning
    [InlineData(2026, 2, 13, 17, 0, 8, 2026, 2, 16, 16, 0)] // Friday afternoon → Monday
    [InlineData(2026, 2, 16, 17, 0, 2, 2026, 2, 23, 10, 0)] // across Tsagaan Sar
    [InlineData(2026, 2, 27, 17, 30, 1, 2026, 2, 28, 9, 30)] // into the working Saturday
    [InlineData(2026, 3, 6, 19, 0, 1, 2026, 3, 9, 10, 0)] // Friday evening
    [InlineData(2026, 12, 31, 17, 0, 2, 2027, 1, 4, 10, 0)] // across New Year
    [InlineData(2026, 7, 10, 17, 0, 10, 2026, 7, 16, 18, 0)] // across Naadam: 1 h on Friday, the other 9 h fill Thursday
    public void AddWorkingTime_CountsOnlyWorkingHours(int y, int m, int d, int h, int min, int hours, int ey, int em, int ed, int eh, int emin)
    {
        var due = Calendar.AddWorkingTime(Ub(y, m, d, h, min), TimeSpan.FromHours(hours));

        Assert.Equal(Ub(ey, em, ed, eh, emin), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void AddWorkingTime_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(Ub(2026, 3, 2, 10), TimeSpan.FromMinutes(-1)));

    [Theory]
    [InlineData(2026, 2, 16, 17, 0, 2026, 2, 23, 10, 0, 120)] // Monday before Tsagaan Sar 1 h + the Monday after 1 h
    [InlineData(2026, 2, 13, 17, 0, 2026, 2, 23, 10, 0, 11 * 60)]
    [InlineData(2026, 3, 2, 10, 0, 2026, 3, 2, 12, 30, 150)]
    [InlineData(2026, 3, 7, 10, 0, 2026, 3, 8, 15, 0, 0)] // a weekend holds no working time
    [InlineData(2026, 3, 2, 0, 0, 2026, 3, 9, 0, 0, 45 * 60)] // a plain week: five days of nine hours
    [InlineData(2026, 2, 16, 0, 0, 2026, 3, 2, 0, 0, 7 * 9 * 60)] // Tsagaan Sar week and the next with the Saturday: 1 + 6 days
    [InlineData(2026, 12, 31, 17, 0, 2027, 1, 4, 10, 0, 120)] // across New Year
    [InlineData(2026, 3, 2, 19, 0, 2026, 3, 3, 8, 0, 0)] // overnight
    public void WorkingTimeBetween_CountsWorkingHoursOnly(int y, int m, int d, int h, int min, int ey, int em, int ed, int eh, int emin, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Calendar.WorkingTimeBetween(Ub(y, m, d, h, min), Ub(ey, em, ed, eh, emin)));

    [Fact]
    public void WorkingTimeBetween_Reversed_IsNegative()
    {
        var from = Ub(2026, 2, 16, 17);
        var to = Ub(2026, 2, 23, 10);

        Assert.Equal(TimeSpan.FromHours(-2), Calendar.WorkingTimeBetween(to, from));
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(from, from));
    }

    [Fact]
    public void WorkingTimeBetween_MatchesAddWorkingTime()
    {
        var start = Ub(2026, 2, 12, 14, 20);
        foreach (var hours in new[] { 0.5, 3, 9, 13, 40, 200 })
        {
            var duration = TimeSpan.FromHours(hours);
            Assert.Equal(duration, Calendar.WorkingTimeBetween(start, Calendar.AddWorkingTime(start, duration)));
        }
    }

    [Fact]
    public async Task LoadBusinessCalendar_UsesTheConfiguredWorkingHours()
    {
        await using var database = await SeededDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var calendar = await LoadBusinessCalendar.ReadAsync(db, new CalendarSettings { WorkdayStart = new(8, 0), WorkdayEnd = new(17, 0) });

        Assert.True(calendar.IsWorkingTime(Ub(2026, 3, 2, 8, 30)));
        Assert.False(calendar.IsWorkingTime(Ub(2026, 3, 2, 17, 30)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 18)));
        Assert.Equal(Ub(2026, 3, 3, 9), calendar.AddWorkingTime(Ub(2026, 3, 2, 16), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Create_WithWorkingHoursEndingBeforeTheyStart_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => new BusinessCalendar([], [], new(18, 0), new(9, 0)));

        Assert.Equal("Calendar.WorkingHoursInvalid", ex.MessageKey);
    }

    [Fact]
    public void AddWorkingDays_OnACalendarWithoutWorkingDays_ThrowsInsteadOfLooping()
    {
        var everyDayOff = Enumerable.Range(0, 800).Select(i => (new DateOnly(2026, 1, 1).AddDays(i), CalendarDayKind.Holiday));
        var calendar = new BusinessCalendar([], everyDayOff, new(9, 0), new(18, 0));

        var ex = Assert.Throws<DomainException>(() => calendar.AddWorkingDays(Ub(2026, 3, 2, 10), 1));

        Assert.Equal("Calendar.NoWorkingDays", ex.MessageKey);
    }
}

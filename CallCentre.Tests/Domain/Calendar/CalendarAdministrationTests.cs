using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Calendar;

public sealed class CalendarAdministrationTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _admin = await _database.AddActorAsync(Roles.Administrator);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SaveCalendarDay SaveDay => new(_database.Database);

    private SaveRecurringHoliday SaveHoliday => new(_database.Database, _clock);

    [Fact]
    public async Task GetYear_2026_CountsWorkingDaysPerMonthOnTheSeededCalendar()
    {
        var year = await new GetCalendarYear(_database.Database, Options.Create(new CalendarSettings())).RunAsync(new GetCalendarYearInput(2026), Actor.System);

        // February: 20 weekdays − Tsagaan Sar (17–20) + Saturday 28; July: 23 weekdays − Naadam's Monday to Wednesday.
        Assert.Equal(17, year.WorkingDaysPerMonth[1]);
        Assert.Equal(20, year.WorkingDaysPerMonth[6]);
        Assert.Equal(22, year.WorkingDaysPerMonth[2]);
        Assert.Equal(["2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-28"], year.Days.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(year.RecurringHolidays, h => (h.Month, h.Day, h.NameEn) == (7, 11, "Naadam"));
    }

    [Fact]
    public async Task SaveDay_MovedWorkingSaturday_IsSavedCountedAndAudited()
    {
        var result = await SaveDay.RunAsync(new SaveCalendarDayInput(null, new DateOnly(2027, 10, 2), CalendarDayKind.WorkingDay, "Moved from Friday 8 October"), _admin);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        await using var db = _database.CreateDbContext();
        var calendar = await LoadBusinessCalendar.ReadAsync(db, new CalendarSettings());
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 10, 2)));
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.SubjectType == "CalendarDay");
        Assert.Equal(("CalendarDay.Created", "2027-10-02", _admin.UserId), (audit.Action, audit.SubjectId, audit.ActorId));
        Assert.Null(audit.Before);
        Assert.Contains("\"Kind\":\"WorkingDay\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDay_EditedNote_IsAuditedWithBeforeAndAfter()
    {
        await using (var db = _database.CreateDbContext())
        {
            var saturday = await db.CalendarDays.AsNoTracking().SingleAsync(d => d.Date == new DateOnly(2026, 2, 28));
            var result = await SaveDay.RunAsync(new SaveCalendarDayInput(saturday.Id, saturday.Date, CalendarDayKind.WorkingDay, "Resolution 12"), _admin);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        }

        await using var check = _database.CreateDbContext();
        Assert.Equal("Resolution 12", (await check.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 2, 28))).Note);
        var audit = await check.AuditEntries.AsNoTracking().SingleAsync(e => e.SubjectType == "CalendarDay");
        Assert.Equal("CalendarDay.Changed", audit.Action);
        Assert.Contains("28 Feb", audit.Before, StringComparison.Ordinal);
        Assert.Contains("Resolution 12", audit.After, StringComparison.Ordinal);
    }

    public static TheoryData<DateOnly?, CalendarDayKind?, string, string> RefusedDays => new()
    {
        { null, CalendarDayKind.Holiday, "Date", "Calendar.InvalidDate" },
        { new DateOnly(1999, 12, 31), CalendarDayKind.Holiday, "Date", "Calendar.InvalidDate" },
        { new DateOnly(2026, 3, 10), null, "Kind", "Calendar.InvalidKind" },
        { new DateOnly(2026, 2, 18), CalendarDayKind.Holiday, "Date", "Calendar.DuplicateDay" },
        { new DateOnly(2026, 3, 10), CalendarDayKind.WorkingDay, "Kind", "Calendar.AlreadyWorkingDay" },
    };

    [Theory]
    [MemberData(nameof(RefusedDays))]
    public async Task SaveDay_Refused_SavesNothingAndSaysWhichField(DateOnly? date, CalendarDayKind? kind, string field, string error)
    {
        var before = await SnapshotAsync();

        var result = await SaveDay.RunAsync(new SaveCalendarDayInput(null, date, kind, "note"), _admin);

        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Errors[field]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task SaveDay_LastWorkingDayOfAMonthMadeAHoliday_IsRefused()
    {
        await HolidaysOnEveryWeekdayOfAugust2026ExceptAsync(new DateOnly(2026, 8, 31));
        var before = await SnapshotAsync();

        var result = await SaveDay.RunAsync(new SaveCalendarDayInput(null, new DateOnly(2026, 8, 31), CalendarDayKind.Holiday, null), _admin);

        Assert.Equal("Calendar.MonthWithoutWorkingDays", result.Errors["Date"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task DeleteDay_TheOnlyWorkingSaturdayOfAMonthOfHolidays_IsRefused()
    {
        await HolidaysOnEveryWeekdayOfAugust2026ExceptAsync(null);
        var saturday = await SaveDay.RunAsync(new SaveCalendarDayInput(null, new DateOnly(2026, 8, 15), CalendarDayKind.WorkingDay, null), _admin);
        Assert.True(saturday.Succeeded, string.Join(", ", saturday.Errors));
        var before = await SnapshotAsync();

        var result = await new DeleteCalendarDay(_database.Database).RunAsync(new DeleteCalendarDayInput(saturday.Value), _admin);

        Assert.Equal("Calendar.MonthWithoutWorkingDays", result.Errors["DayId"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task DeleteDay_RemovesTheEntryAndAuditsIt()
    {
        int id;
        await using (var db = _database.CreateDbContext())
        {
            id = await db.CalendarDays.Where(d => d.Date == new DateOnly(2026, 2, 28)).Select(d => d.Id).SingleAsync();
        }

        var result = await new DeleteCalendarDay(_database.Database).RunAsync(new DeleteCalendarDayInput(id), _admin);

        Assert.True(result.Succeeded);
        await using var check = _database.CreateDbContext();
        Assert.False(await check.CalendarDays.AnyAsync(d => d.Id == id));
        var audit = await check.AuditEntries.AsNoTracking().SingleAsync(e => e.SubjectType == "CalendarDay");
        Assert.Equal(("CalendarDay.Deleted", "2026-02-28", _admin.UserId), (audit.Action, audit.SubjectId, audit.ActorId));
        Assert.False((await new DeleteCalendarDay(_database.Database).RunAsync(new DeleteCalendarDayInput(id), _admin)).Succeeded);
    }

    [Fact]
    public async Task SaveHoliday_NewRecurringHoliday_IsOffInEveryYearAndAudited()
    {
        var result = await SaveHoliday.RunAsync(new SaveRecurringHolidayInput(null, 10, 10, " Туршилтын баяр ", "Test holiday"), _admin);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        await using var db = _database.CreateDbContext();
        var calendar = await LoadBusinessCalendar.ReadAsync(db, new CalendarSettings());
        Assert.False(calendar.IsWorkingDay(new DateOnly(2029, 10, 10)));
        Assert.Equal("Туршилтын баяр", (await db.RecurringHolidays.SingleAsync(h => h.Month == 10 && h.Day == 10)).NameMn);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.SubjectType == "RecurringHoliday");
        Assert.Equal(("RecurringHoliday.Created", "10-10", _admin.UserId), (audit.Action, audit.SubjectId, audit.ActorId));
    }

    [Fact]
    public async Task SaveHoliday_Edit_MovesTheDateAndAuditsBeforeAndAfter()
    {
        var id = (await SaveHoliday.RunAsync(new SaveRecurringHolidayInput(null, 10, 10, "Баяр", "Holiday"), _admin)).Value;

        var result = await SaveHoliday.RunAsync(new SaveRecurringHolidayInput(id, 10, 12, "Баяр", "Holiday"), _admin);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        await using var db = _database.CreateDbContext();
        Assert.Equal((10, 12), await db.RecurringHolidays.Where(h => h.Id == id).Select(h => ValueTuple.Create(h.Month, h.Day)).SingleAsync());
        var changed = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "RecurringHoliday.Changed");
        Assert.Contains("\"Day\":10", changed.Before, StringComparison.Ordinal);
        Assert.Contains("\"Day\":12", changed.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 11, "Naadam", "Day", "Calendar.DuplicateHoliday")]
    [InlineData(2, 30, "Invalid", "Day", "Calendar.InvalidDate")]
    [InlineData(13, 1, "Invalid", "Month", "Calendar.InvalidDate")]
    [InlineData(10, 10, "", "NameEn", "Calendar.HolidayNameRequired")]
    public async Task SaveHoliday_Refused_SavesNothingAndSaysWhichField(int month, int day, string nameEn, string field, string error)
    {
        var before = await SnapshotAsync();

        var result = await SaveHoliday.RunAsync(new SaveRecurringHolidayInput(null, month, day, "Нэр", nameEn), _admin);

        Assert.Equal(error, result.Errors[field]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task SaveHoliday_ThatTakesTheLastWorkingDayOfAMonth_IsRefused()
    {
        await HolidaysOnEveryWeekdayOfAugust2026ExceptAsync(new DateOnly(2026, 8, 31));
        var before = await SnapshotAsync();

        var result = await SaveHoliday.RunAsync(new SaveRecurringHolidayInput(null, 8, 31, "Баяр", "Holiday"), _admin);

        Assert.Equal("Calendar.MonthWithoutWorkingDays", result.Errors["Month"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task DeleteHoliday_MakesTheDateOrdinaryAndIsAudited()
    {
        int id;
        await using (var db = _database.CreateDbContext())
        {
            id = await db.RecurringHolidays.Where(h => h.Month == 3 && h.Day == 8).Select(h => h.Id).SingleAsync();
        }

        Assert.True(await new DeleteRecurringHoliday(_database.Database).RunAsync(new DeleteRecurringHolidayInput(id), _admin));

        await using var check = _database.CreateDbContext();
        Assert.True((await LoadBusinessCalendar.ReadAsync(check, new CalendarSettings())).IsWorkingDay(new DateOnly(2027, 3, 8)));
        Assert.Equal("RecurringHoliday.Deleted", (await check.AuditEntries.AsNoTracking().SingleAsync(e => e.SubjectType == "RecurringHoliday")).Action);
        Assert.False(await new DeleteRecurringHoliday(_database.Database).RunAsync(new DeleteRecurringHolidayInput(id), _admin));
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.AgencyHead)]
    [InlineData(Roles.Operator)]
    public async Task EveryChange_ByAnyoneButAnAdministrator_IsRefused(string role)
    {
        var actor = await _database.AddActorAsync(role, role == Roles.AgencyHead ? "MOF" : null);
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<DomainException>(() => SaveDay.RunAsync(new SaveCalendarDayInput(null, new DateOnly(2027, 10, 2), CalendarDayKind.WorkingDay, null), actor));
        await Assert.ThrowsAsync<DomainException>(() => SaveHoliday.RunAsync(new SaveRecurringHolidayInput(null, 10, 10, "Баяр", "Holiday"), actor));
        await Assert.ThrowsAsync<DomainException>(() => new DeleteCalendarDay(_database.Database).RunAsync(new DeleteCalendarDayInput(1), actor));
        await Assert.ThrowsAsync<DomainException>(() => new DeleteRecurringHoliday(_database.Database).RunAsync(new DeleteRecurringHolidayInput(1), actor));

        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task HolidaysOnEveryWeekdayOfAugust2026ExceptAsync(DateOnly? except)
    {
        await using var db = _database.CreateDbContext();
        for (var date = new DateOnly(2026, 8, 1); date.Month == 8; date = date.AddDays(1))
        {
            if (date != except && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                db.CalendarDays.Add(new CalendarDay(date, CalendarDayKind.Holiday, "test"));
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.CreateDbContext();
        var days = await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).Select(d => $"{d.Date}:{d.Kind}:{d.Note}").ToListAsync();
        var holidays = await db.RecurringHolidays.AsNoTracking().OrderBy(h => h.Month).ThenBy(h => h.Day).Select(h => $"{h.Month}-{h.Day}:{h.NameMn}:{h.NameEn}").ToListAsync();
        var audit = await db.AuditEntries.CountAsync();
        return string.Join("|", days) + "#" + string.Join("|", holidays) + "#" + audit;
    }
}

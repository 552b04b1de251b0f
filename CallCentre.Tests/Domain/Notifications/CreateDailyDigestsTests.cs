using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Notifications;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Notifications;

/// <summary>One digest per agency officer and head per working day, whatever runs twice, at once or again after a restart.</summary>
public sealed class CreateDailyDigestsTests : IAsyncLifetime
{
    // 08:00 in Ulaanbaatar on Tuesday 1 December 2026.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _officer = null!;
    private Actor _head = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _officer = await _database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddStaffAsync(Roles.AgencyHead, "GPD");
        await _database.AddStaffAsync(Roles.Operator, "CC1111");
        await _database.AddStaffAsync(Roles.Supervisor, "CC1111");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private CreateDailyDigests Digests => new(_database.Database, _clock, Options.Create(new CalendarSettings()));

    [Fact]
    public async Task AWorkingDay_GivesEachAgencyOfficerAndHeadOneDigest_AndASecondRunNone()
    {
        var first = await Digests.RunAsync(Actor.System);
        var second = await Digests.RunAsync(Actor.System);

        Assert.True(first.WorkingDay);
        Assert.Equal(new DateOnly(2026, 12, 1), first.Day);
        Assert.Equal(2, first.Created);
        Assert.Equal(0, second.Created);
        Assert.Equal(new[] { _head.UserId, _officer.UserId }.Order(StringComparer.Ordinal), (await DigestRecipientsAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TwoRunnersAtOnce_MakeOneDigestEach()
    {
        var runs = await Task.WhenAll(Task.Run(() => Digests.RunAsync(Actor.System)), Task.Run(() => Digests.RunAsync(Actor.System)), Task.Run(() => Digests.RunAsync(Actor.System)));

        Assert.Equal(2, runs.Sum(r => r.Created));
        Assert.Equal(2, (await DigestRecipientsAsync()).Count);
    }

    [Fact]
    public async Task TheNextWorkingDay_BringsTheNextDigest()
    {
        await Digests.RunAsync(Actor.System);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(2, (await Digests.RunAsync(Actor.System)).Created);
        Assert.Equal(4, (await DigestRecipientsAsync()).Count);
    }

    [Fact]
    public async Task AWeekendOrAHoliday_BringsNone()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));
        var saturday = await Digests.RunAsync(Actor.System);

        // 29 December, Independence Day (a public holiday), falls on a Tuesday in 2026.
        await using (var db = _database.CreateDbContext())
        {
            if (!await db.RecurringHolidays.AnyAsync(h => h.Month == 12 && h.Day == 29))
            {
                db.RecurringHolidays.Add(new RecurringHoliday(12, 29, "Үндэсний эрх чөлөө, тусгаар тогтнолоо сэргээсэн өдөр", "Independence Day"));
                await db.SaveChangesAsync();
            }
        }

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 29, 0, 0, 0, TimeSpan.Zero));
        var holiday = await Digests.RunAsync(Actor.System);

        Assert.False(saturday.WorkingDay);
        Assert.Equal(0, saturday.Created);
        Assert.False(holiday.WorkingDay);
        Assert.Empty(await DigestRecipientsAsync());
    }

    [Fact]
    public async Task ASaturdayDeclaredAWorkingDay_BringsTheDigest()
    {
        await using (var db = _database.CreateDbContext())
        {
            db.CalendarDays.Add(new CalendarDay(new DateOnly(2026, 12, 12), CalendarDayKind.WorkingDay, "Нөхөж ажиллах өдөр"));
            await db.SaveChangesAsync();
        }

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 12, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, (await Digests.RunAsync(Actor.System)).Created);
    }

    [Fact]
    public async Task ADigestSwitchedOff_IsNotMade()
    {
        await new SaveNotificationPreferences(_database.Database, _clock).RunAsync(
            new SaveNotificationPreferencesInput(NotificationDelivery.EmailAndInApp, NotificationDelivery.EmailAndInApp, NotificationDelivery.Off), _officer);

        await Digests.RunAsync(Actor.System);

        Assert.Equal([_head.UserId], await DigestRecipientsAsync());
    }

    private async Task<List<string>> DigestRecipientsAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Notifications.Where(n => n.Kind == NotificationKind.DailyDigest).Select(n => n.RecipientId).ToListAsync();
    }
}

using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Notifications;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Notifications;

/// <summary>Only the recipient lists, counts and marks their notifications; preferences cannot switch escalations off.</summary>
public sealed class NotificationsOfTheirRecipientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _officer = null!;
    private Actor _other = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");

        // Another organisation's head and a supervisor (who sees every case) alike see none of the officer's notifications.
        _other = await _database.AddActorAsync(Roles.Supervisor, "CC1111");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task List_ShowsTheRecipientsOwnNewestFirst_WithTheUnreadCount()
    {
        var first = await AddAsync(_officer, NotificationKind.RespondReminder);
        var second = await AddAsync(_officer, NotificationKind.Escalation);
        await AddAsync(_other, NotificationKind.Escalation);

        var page = await List(_officer);

        Assert.Equal([second, first], page.Rows.Select(r => r.Id));
        Assert.Equal(2, page.Total);
        Assert.Equal(2, page.Unread);
    }

    [Fact]
    public async Task List_PagesThroughAll()
    {
        for (var i = 0; i < 12; i++)
        {
            await AddAsync(_officer, NotificationKind.RespondReminder);
        }

        var second = await new GetNotifications(_database.Database).RunAsync(new GetNotificationsInput { Page = 1, PageSize = 5 }, _officer);

        Assert.Equal(5, second.Rows.Count);
        Assert.Equal(12, second.Total);
    }

    [Fact]
    public async Task AnotherUser_NeitherSeesNorMarksTheNotification()
    {
        var id = await AddAsync(_officer, NotificationKind.Escalation);

        Assert.Empty((await List(_other)).Rows);
        Assert.False(await Mark(_other, id));
        Assert.True(await Mark(_other, null));

        await using var db = _database.CreateDbContext();
        Assert.Null(await db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc).SingleAsync());
        Assert.Equal(1, (await List(_officer)).Unread);
    }

    [Fact]
    public async Task MarkRead_OneOrAll_OnlyTheRecipients()
    {
        var one = await AddAsync(_officer, NotificationKind.RespondReminder);
        await AddAsync(_officer, NotificationKind.Escalation);
        var others = await AddAsync(_other, NotificationKind.Escalation);

        Assert.True(await Mark(_officer, one));
        Assert.Equal(1, (await List(_officer)).Unread);
        Assert.True((await List(_officer)).Rows.Single(r => r.Id == one).IsRead);

        await Mark(_officer, null);
        Assert.Equal(0, (await List(_officer)).Unread);
        Assert.False((await List(_other)).Rows.Single(r => r.Id == others).IsRead);
    }

    [Fact]
    public async Task Preferences_AreTheDefaultsUntilSaved_ThenTheUsersOwn()
    {
        var get = new GetNotificationPreferences(_database.Database);
        Assert.Equal(SaveNotificationPreferencesInput.Default, (await get.RunAsync(_officer)).Choices);

        var chosen = new SaveNotificationPreferencesInput(NotificationDelivery.InAppOnly, NotificationDelivery.InAppOnly, NotificationDelivery.Off);
        await new SaveNotificationPreferences(_database.Database, _clock).RunAsync(chosen, _officer);

        Assert.Equal(chosen, (await get.RunAsync(_officer)).Choices);
        Assert.Equal(SaveNotificationPreferencesInput.Default, (await get.RunAsync(_other)).Choices);
    }

    [Theory]
    [InlineData(NotificationDelivery.Off, NotificationDelivery.EmailAndInApp)]
    [InlineData(NotificationDelivery.EmailAndInApp, NotificationDelivery.Off)]
    public async Task Preferences_RefuseSwitchingOffEscalationsOrReminders(NotificationDelivery reminders, NotificationDelivery escalations)
    {
        var save = new SaveNotificationPreferences(_database.Database, _clock);

        var refused = await Assert.ThrowsAsync<DomainException>(() => save.RunAsync(new SaveNotificationPreferencesInput(reminders, escalations, NotificationDelivery.Off), _officer));

        Assert.Equal("Notification.CannotSwitchOff", refused.MessageKey);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.NotificationPreferences.AnyAsync());
    }

    private Task<NotificationPage> List(Actor actor) => new GetNotifications(_database.Database).RunAsync(new GetNotificationsInput(), actor);

    private Task<bool> Mark(Actor actor, long? id) => new MarkNotificationsRead(_database.Database, _clock).RunAsync(new MarkNotificationsReadInput(id), actor);

    private async Task<long> AddAsync(Actor recipient, NotificationKind kind)
    {
        await using var db = _database.CreateDbContext();
        var now = _clock.GetUtcNow().UtcDateTime;
        var notification = new Notification(recipient.UserId, kind, null, "26-000123-4", 1, now.AddDays(2), now);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }
}

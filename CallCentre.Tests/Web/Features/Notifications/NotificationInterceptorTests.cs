using CallCentre.Domain.Accounts;
using CallCentre.Domain.Notifications;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Web.Features.Notifications;

/// <summary>A notification saved (or read) reaches its recipient's open pages once committed, and nobody else's.</summary>
public sealed class NotificationInterceptorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private readonly NotificationFeed _feed = new(NullLogger<NotificationFeed>.Instance);
    private SeededDatabase _database = null!;
    private InterceptedDbContextFactory _factory = null!;
    private Actor _officer = null!;
    private Actor _other = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _factory = new InterceptedDbContextFactory(_database.Database, new NotificationInterceptor(_feed));
        _officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        _other = await _database.AddActorAsync(Roles.AgencyOfficer, "GPD");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ANotificationSavedInATransaction_ReachesOnlyItsRecipient_OnceCommitted()
    {
        var officerHeard = new List<(NotificationChanged Change, bool Visible)>();
        var otherHeard = new List<NotificationChanged>();
        using var officer = _feed.Subscribe(_officer.UserId, change =>
        {
            using var db = _database.CreateDbContext();
            officerHeard.Add((change, db.Notifications.Any(n => n.Id == change.NotificationId)));
            return Task.CompletedTask;
        });
        using var other = _feed.Subscribe(_other.UserId, change =>
        {
            otherHeard.Add(change);
            return Task.CompletedTask;
        });

        long id;
        await using (var db = _factory.CreateDbContext())
        {
            // As the escalation scan does: the notification is saved inside the transaction that holds its claim.
            await using var transaction = await db.Database.BeginTransactionAsync();
            var notification = Add(db, _officer);
            await db.SaveChangesAsync();
            id = notification.Id;
            Assert.Empty(officerHeard);
            await transaction.CommitAsync();
        }

        var heard = Assert.Single(officerHeard);
        Assert.Equal(new NotificationChanged(id, _officer.UserId, true), heard.Change);
        Assert.True(heard.Visible);
        Assert.Empty(otherHeard);
    }

    [Fact]
    public async Task ARolledBackNotification_IsNeverAnnounced_AndReadingOneIs()
    {
        var heard = new List<NotificationChanged>();
        using var subscription = _feed.Subscribe(_officer.UserId, change =>
        {
            heard.Add(change);
            return Task.CompletedTask;
        });
        await using (var db = _factory.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Add(db, _officer);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(heard);

        long id;
        await using (var db = _database.CreateDbContext())
        {
            var notification = Add(db, _officer);
            await db.SaveChangesAsync();
            id = notification.Id;
        }

        await new MarkNotificationsRead(_factory, _clock).RunAsync(new MarkNotificationsReadInput(id), _officer);

        Assert.Equal(new NotificationChanged(id, _officer.UserId, false), Assert.Single(heard));
    }

    private Notification Add(Microsoft.EntityFrameworkCore.DbContext db, Actor recipient)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var notification = new Notification(recipient.UserId, NotificationKind.RespondReminder, null, "26-000123-4", 1, now.AddDays(5), now);
        db.Add(notification);
        return notification;
    }
}

using CallCentre.Domain.Notifications;
using CallCentre.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Features.Notifications;

/// <summary>
/// Feeds <see cref="INotificationFeed"/> from every context the factory makes: the notifications a save added or marked
/// read, told only once the save committed, so that a bell told of a notification always finds it. (The escalation scan
/// inserts its notifications without a save and announces them through <see cref="CommittedNotificationsToFeed"/>.)
/// </summary>
public sealed class NotificationInterceptor(INotificationFeed feed) : AfterCommitInterceptor<Notification, NotificationChanged>
{
    protected override List<Notification> Note(DbContext context) =>
        context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(n => n.ReadAtUtc).IsModified))
            .Select(e => e.Entity)
            .ToList();

    // After the save the ids are known; a notification is new when it was never read.
    protected override IReadOnlyList<NotificationChanged> ToChanges(IReadOnlyList<Notification> noted) =>
        noted.Select(n => new NotificationChanged(n.Id, n.RecipientId, n.ReadAtUtc is null)).ToList();

    protected override void Publish(IReadOnlyList<NotificationChanged> changes) => feed.Publish(changes);
}

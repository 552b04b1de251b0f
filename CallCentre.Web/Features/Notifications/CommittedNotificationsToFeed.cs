using CallCentre.Domain.Notifications;

namespace CallCentre.Web.Features.Notifications;

/// <summary>Announces on the live feed the notifications the deadline scan committed without a <c>SaveChanges</c>.</summary>
public sealed class CommittedNotificationsToFeed(INotificationFeed feed) : INotificationPublisher
{
    public void PublishCommitted(IReadOnlyList<CommittedNotification> notifications) =>
        feed.Publish(notifications.Select(n => new NotificationChanged(n.Id, n.RecipientId, IsNew: true)).ToList());
}

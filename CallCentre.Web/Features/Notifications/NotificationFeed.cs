using CallCentre.Web.Features.Live;

namespace CallCentre.Web.Features.Notifications;

/// <summary>The live feed of notifications: each open page hears of its own user's notifications and nobody else's.</summary>
public sealed class NotificationFeed(ILogger<NotificationFeed> logger) : LiveFeed<NotificationChanged, string>(logger), INotificationFeed
{
    protected override NotificationChanged? For(string recipientId, NotificationChanged change) =>
        change.RecipientId == recipientId ? change : null;
}

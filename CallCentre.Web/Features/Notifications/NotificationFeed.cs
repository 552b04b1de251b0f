using System.Collections.Immutable;

namespace CallCentre.Web.Features.Notifications;

/// <summary>The in-process <see cref="INotificationFeed"/> for one node: subscribers are this node's open pages.</summary>
public sealed class NotificationFeed(ILogger<NotificationFeed> logger) : INotificationFeed
{
    private ImmutableList<Subscription> _subscriptions = [];

    public int SubscriberCount => _subscriptions.Count;

    public void Publish(IReadOnlyList<NotificationChanged> changes)
    {
        var subscriptions = _subscriptions;
        foreach (var change in changes)
        {
            foreach (var subscription in subscriptions.Where(s => s.RecipientId == change.RecipientId))
            {
                _ = DeliverAsync(subscription, change);
            }
        }
    }

    public IDisposable Subscribe(string recipientId, Func<NotificationChanged, Task> onChange)
    {
        var subscription = new Subscription(recipientId, onChange, this);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    private async Task DeliverAsync(Subscription subscription, NotificationChanged change)
    {
        try
        {
            await subscription.OnChange(change);
        }
        catch (Exception ex)
        {
            // A page that failed to refresh must not stop the others; the next change or a reload catches it up.
            logger.LogWarning(ex, "A live notification could not be delivered to a page.");
        }
    }

    private void Remove(Subscription subscription) => ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private sealed class Subscription(string recipientId, Func<NotificationChanged, Task> onChange, NotificationFeed feed) : IDisposable
    {
        public string RecipientId { get; } = recipientId;

        public Func<NotificationChanged, Task> OnChange { get; } = onChange;

        public void Dispose() => feed.Remove(this);
    }
}

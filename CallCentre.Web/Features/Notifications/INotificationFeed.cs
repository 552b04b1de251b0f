namespace CallCentre.Web.Features.Notifications;

/// <summary>
/// Tells a user's open pages that their notifications changed (one arrived, or one was read in another tab). Like
/// <see cref="Live.ICaseChangeFeed"/>, its backplane with several nodes goes behind <see cref="Live.LiveFeed{TChange, TAudience}"/>.
/// </summary>
public interface INotificationFeed
{
    /// <summary>Hands each change to the pages of its recipient; returns at once, never waits for a page.</summary>
    void Publish(IReadOnlyList<NotificationChanged> changes);

    /// <summary>Delivers, until disposed, the changes of <paramref name="recipientId"/>'s notifications and nobody else's.</summary>
    IDisposable Subscribe(string recipientId, Func<NotificationChanged, Task> onChange);
}

/// <summary>A notification of <paramref name="RecipientId"/> was added (<paramref name="IsNew"/>) or marked read.</summary>
public sealed record NotificationChanged(long NotificationId, string RecipientId, bool IsNew);

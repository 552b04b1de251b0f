namespace CallCentre.Domain.Notifications;

/// <summary>
/// Told of notifications written without a <c>SaveChanges</c> (the deadline scan inserts its own in bulk) once their
/// transaction has committed, so that the app can announce them live; those saved through a context the app's
/// interceptor announces. Called only after the commit: a bell told of a notification always finds it.
/// </summary>
public interface INotificationPublisher
{
    /// <summary>Hands the committed notifications on; returns at once, never waits for a reader.</summary>
    void PublishCommitted(IReadOnlyList<CommittedNotification> notifications);
}

namespace CallCentre.Domain.Notifications;

/// <summary>A new notification that is in the database now: its id and whom it is for.</summary>
public sealed record CommittedNotification(long Id, string RecipientId);

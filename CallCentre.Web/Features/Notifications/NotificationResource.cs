namespace CallCentre.Web.Features.Notifications;

/// <summary>Marker for the strings of the bell, the notifications pages and the notification e-mails.</summary>
public sealed class NotificationResource;

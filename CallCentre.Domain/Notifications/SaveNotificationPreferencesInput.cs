namespace CallCentre.Domain.Notifications;

/// <summary>A user's choice per kind of notification, as the preferences page shows and saves it.</summary>
public sealed record SaveNotificationPreferencesInput(NotificationDelivery Reminders, NotificationDelivery Escalations, NotificationDelivery DailyDigest)
{
    public static readonly SaveNotificationPreferencesInput Default = new(NotificationDelivery.EmailAndInApp, NotificationDelivery.EmailAndInApp, NotificationDelivery.EmailAndInApp);
}

namespace CallCentre.Domain.Notifications;

/// <summary>
/// How one user wants each kind of notification. Everything always shows in-app except a digest switched off; what the
/// user chooses is whether it also comes by e-mail. Escalations can never be switched off (the issue: "not none for
/// escalations"), and reminders neither, because they are the lawful clock's warnings. A user without a row has the
/// defaults: everything in-app and by e-mail.
/// </summary>
public sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public NotificationPreference(string userId) => UserId = userId;

    public string UserId { get; private set; } = "";

    /// <summary>Acknowledge and respond reminders.</summary>
    public NotificationDelivery Reminders { get; private set; } = NotificationDelivery.EmailAndInApp;

    public NotificationDelivery Escalations { get; private set; } = NotificationDelivery.EmailAndInApp;

    public NotificationDelivery DailyDigest { get; private set; } = NotificationDelivery.EmailAndInApp;

    public DateTime? UpdatedAtUtc { get; private set; }

    /// <summary>The choices the page offers for a kind: "off" only for the digest.</summary>
    public static IReadOnlyList<NotificationDelivery> ChoicesFor(NotificationKind kind) => kind == NotificationKind.DailyDigest
        ? [NotificationDelivery.EmailAndInApp, NotificationDelivery.InAppOnly, NotificationDelivery.Off]
        : [NotificationDelivery.EmailAndInApp, NotificationDelivery.InAppOnly];

    public void Change(NotificationDelivery reminders, NotificationDelivery escalations, NotificationDelivery dailyDigest, DateTime nowUtc)
    {
        if (!ChoicesFor(NotificationKind.RespondReminder).Contains(reminders)
            || !ChoicesFor(NotificationKind.Escalation).Contains(escalations)
            || !ChoicesFor(NotificationKind.DailyDigest).Contains(dailyDigest))
        {
            throw new DomainException("Notification.CannotSwitchOff");
        }

        Reminders = reminders;
        Escalations = escalations;
        DailyDigest = dailyDigest;
        UpdatedAtUtc = nowUtc;
    }

    public NotificationDelivery For(NotificationKind kind) => kind switch
    {
        NotificationKind.Escalation => Escalations,
        NotificationKind.DailyDigest => DailyDigest,
        _ => Reminders,
    };

    /// <summary>Whether a notification of this kind should also be e-mailed (the recipient's address aside).</summary>
    public static bool WantsEmail(NotificationDelivery delivery) => delivery == NotificationDelivery.EmailAndInApp;
}

/// <summary>Where a kind of notification reaches its user.</summary>
public enum NotificationDelivery
{
    EmailAndInApp,
    InAppOnly,

    /// <summary>Not at all: offered only for the daily digest.</summary>
    Off,
}

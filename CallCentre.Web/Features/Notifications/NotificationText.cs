using System.Globalization;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Notifications;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Notifications;

/// <summary>
/// A notification's one line of text, rendered from its kind, case reference, level and deadline in the current UI
/// culture (the reader's on a page, the recipient's in a mail): nothing of it is stored.
/// </summary>
public sealed class NotificationText(IStringLocalizer<NotificationResource> text)
{
    public string Of(NotificationRow row) => Of(row.Kind, row.CaseReference, row.Level, row.DeadlineUtc, row.CreatedAtUtc);

    public string Of(NotificationKind kind, string? reference, int level, DateTime? deadlineUtc, DateTime createdAtUtc)
    {
        var deadline = deadlineUtc is { } due ? Local(due) : text["Text.NoDeadline"].Value;
        var key = kind switch
        {
            NotificationKind.AcknowledgeReminder => "Text.AcknowledgeReminder",
            NotificationKind.RespondReminder => "Text.RespondReminder",
            NotificationKind.Escalation when level <= 1 => "Text.Overdue",
            NotificationKind.Escalation => "Text.Escalated",
            _ => "Text.DailyDigest",
        };
        return kind == NotificationKind.DailyDigest
            ? string.Format(CultureInfo.CurrentCulture, text[key], Day(createdAtUtc))
            : string.Format(CultureInfo.CurrentCulture, text[key], reference, deadline, level);
    }

    /// <summary>Where the notification leads: its case, or the inbox for a digest.</summary>
    public static string Link(NotificationKind kind, int? caseId) => caseId is { } id ? $"/cases/{id}" : kind == NotificationKind.DailyDigest ? "/inbox" : "/notifications";

    /// <summary>An instant in Ulaanbaatar time, in the current culture's short date and time.</summary>
    public static string Local(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The Ulaanbaatar day of an instant, in the current culture's short date.</summary>
    public static string Day(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("d", CultureInfo.CurrentCulture);
}

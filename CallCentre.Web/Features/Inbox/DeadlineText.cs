using System.Globalization;
using CallCentre.Domain.Calendar;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Inbox;

/// <summary>How urgent a respond-by deadline is, for colouring it.</summary>
public enum DeadlineState
{
    None,
    OnTime,
    DueSoon,
    Overdue,
}

/// <summary>A respond-by deadline as people say it: time left or overdue by, in whole days, or hours on the last day.</summary>
public static class DeadlineText
{
    public static string Of(DateTime? respondByUtc, DateTime nowUtc, IStringLocalizer<InboxResource> text)
    {
        if (respondByUtc is not { } deadline)
        {
            return text["Deadline.None"];
        }

        var left = deadline - nowUtc;
        var span = left.Duration();
        var (key, amount) = span.TotalDays >= 1
            ? (left >= TimeSpan.Zero ? "Deadline.DaysLeft" : "Deadline.DaysOverdue", (int)span.TotalDays)
            : (left >= TimeSpan.Zero ? "Deadline.HoursLeft" : "Deadline.HoursOverdue", Math.Max(1, (int)Math.Ceiling(span.TotalHours)));
        return string.Format(CultureInfo.CurrentCulture, text[key], amount);
    }

    public static DeadlineState StateOf(DateTime? respondByUtc, DateTime nowUtc, int dueSoonDays) =>
        respondByUtc is not { } deadline ? DeadlineState.None
        : deadline < nowUtc ? DeadlineState.Overdue
        : deadline < nowUtc.AddDays(dueSoonDays) ? DeadlineState.DueSoon
        : DeadlineState.OnTime;

    /// <summary>The deadline itself, in Ulaanbaatar time.</summary>
    public static string Local(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);
}

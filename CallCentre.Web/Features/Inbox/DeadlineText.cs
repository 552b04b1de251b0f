using System.Globalization;
using CallCentre.Domain.Calendar;

namespace CallCentre.Web.Features.Inbox;

/// <summary>Instants of the workflow (deadlines, waits) as people read them; time left is <see cref="Deadlines.DeadlineChip"/>'s.</summary>
public static class DeadlineText
{
    /// <summary>The instant in Ulaanbaatar time.</summary>
    public static string Local(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);
}

using System.Globalization;
using CallCentre.Domain.Deadlines;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Admin.Sla;

/// <summary>How a policy's periods, reminders and escalation levels read on the page, in the user's language.</summary>
internal static class SlaText
{
    public static string Acknowledge(IStringLocalizer<SlaResource> l, int within, AcknowledgeUnit unit) => l["Sla.Unit." + unit, within];

    public static string Respond(IStringLocalizer<SlaResource> l, int within, RespondUnit unit) => l["Sla.Unit." + unit, within];

    public static string Reminders(IStringLocalizer<SlaResource> l, IReadOnlyList<int> days) =>
        days.Count == 0 ? l["Sla.NoReminders"] : l["Sla.RemindersText", string.Join(", ", days.Select(d => d.ToString(CultureInfo.CurrentCulture)))];

    public static string Level(IStringLocalizer<SlaResource> l, int number, EscalationLevel level) =>
        level.WorkingDaysAfterBreach == 0
            ? l["Sla.LevelAtBreach", number, Audience(l, level.Audience)]
            : l["Sla.LevelAfter", number, level.WorkingDaysAfterBreach, Audience(l, level.Audience)];

    public static string Audience(IStringLocalizer<SlaResource> l, EscalationAudience audience) =>
        string.Join(", ", Audiences.Where(a => audience.HasFlag(a)).Select(a => l["Sla.Audience." + a].Value));

    public static IReadOnlyList<EscalationAudience> Audiences { get; } =
        [EscalationAudience.AssignedOfficer, EscalationAudience.AgencyHead, EscalationAudience.Supervisors, EscalationAudience.CabinetSecretariat];
}

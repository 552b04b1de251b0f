using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Notifications;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// Which reminders and escalations a case has due now, from its clock, its policy version and the business calendar.
/// Whether one was already sent is not its business (the claims table decides); what it decides:
/// <list type="bullet">
/// <item>Only a running clock counts: Assigned or InProgress and not paused. Responded, closed, returned (back with the
/// supervisors), awaiting the citizen (paused) get nothing.</item>
/// <item>Acknowledge reminder (level 1) once acknowledge-by has passed while the case is still only Assigned.</item>
/// <item>Respond reminders at so many working days before respond-by. Only the latest one due is sent: a case that
/// reaches the 1-day reminder without the 5-day one (assigned late, scan stopped) gets the one that is true now.</item>
/// <item>From the breach on, reminders are over: escalation level 1 at respond-by itself, further levels so many
/// working days after it. Every level due is sent, since each has its own audience.</item>
/// </list>
/// </summary>
public static class DueAlerts
{
    /// <summary>The statuses in which the respond-by clock runs (unless paused).</summary>
    public static readonly IReadOnlyList<CaseStatus> RunningStatuses = [CaseStatus.Assigned, CaseStatus.InProgress];

    public static IReadOnlyList<DueAlert> For(CaseClockReading clock, SlaPolicy policy, BusinessCalendar calendar, DateTime nowUtc)
    {
        if (!RunningStatuses.Contains(clock.Status) || clock.ClockPausedAtUtc is not null || clock.RespondByUtc is not { } respondBy)
        {
            return [];
        }

        var round = clock.DeadlineRound;
        if (respondBy <= nowUtc)
        {
            var levels = policy.Escalations;
            var escalations = new List<DueAlert>();
            for (var i = 0; i < levels.Count; i++)
            {
                var due = EscalationAt(respondBy, levels[i], calendar);
                if (due <= nowUtc)
                {
                    escalations.Add(new DueAlert(NotificationKind.Escalation, i + 1, round, due, respondBy, levels[i].Audience, false, i == levels.Count - 1));
                }
            }

            return escalations;
        }

        var alerts = new List<DueAlert>(2);
        if (clock.Status == CaseStatus.Assigned && clock.AcknowledgeByUtc is { } acknowledgeBy && acknowledgeBy <= nowUtc)
        {
            alerts.Add(new DueAlert(
                NotificationKind.AcknowledgeReminder, 1, round, acknowledgeBy, acknowledgeBy,
                EscalationAudience.AgencyHead | EscalationAudience.AssignedOfficer, false, false));
        }

        var reminders = policy.RemindWorkingDaysBefore;
        for (var i = reminders.Count - 1; i >= 0; i--)
        {
            var due = calendar.SubtractWorkingDays(respondBy, reminders[i]);
            if (due <= nowUtc)
            {
                alerts.Add(new DueAlert(NotificationKind.RespondReminder, i + 1, round, due, respondBy, EscalationAudience.AssignedOfficer, true, false));
                break;
            }
        }

        return alerts;
    }

    /// <summary>Level 1 (0 working days) is the breach itself, even outside working hours; later levels count working days.</summary>
    public static DateTime EscalationAt(DateTime respondByUtc, EscalationLevel level, BusinessCalendar calendar) =>
        level.WorkingDaysAfterBreach == 0 ? respondByUtc : calendar.AddWorkingDays(respondByUtc, level.WorkingDaysAfterBreach);

    /// <summary>
    /// The latest respond-by that can have a reminder due now: candidates for the scan are cases whose deadline is before
    /// it (2 calendar days of slack for the time-of-day rounding of working days).
    /// </summary>
    public static DateTime ReminderHorizon(int largestReminderWorkingDays, BusinessCalendar calendar, DateTime nowUtc) =>
        calendar.AddWorkingDays(nowUtc, largestReminderWorkingDays).AddDays(2);
}

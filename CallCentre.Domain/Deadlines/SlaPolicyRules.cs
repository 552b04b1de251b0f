using System.Globalization;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// The policy form's checks, field by field, with the message keys the page shows at the field. The <see cref="SlaPolicy"/>
/// constructor enforces the same limits as a last line; these are stricter where a user needs to be told more precisely.
/// </summary>
public static class SlaPolicyRules
{
    private const EscalationAudience AllAudiences =
        EscalationAudience.AssignedOfficer | EscalationAudience.AgencyHead | EscalationAudience.Supervisors | EscalationAudience.CabinetSecretariat;

    /// <summary>Reads "5, 1" (commas, semicolons or spaces between numbers); an empty text is no reminders.</summary>
    public static bool TryParseReminders(string? text, out IReadOnlyList<int> days)
    {
        var parts = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var day))
            {
                days = [];
                return false;
            }

            parsed.Add(day);
        }

        days = parsed;
        return true;
    }

    /// <summary>The fewest working days a respond-by period can hold (holidays aside): the latest a reminder may be set.</summary>
    public static int FewestWorkingDays(int respondWithin, RespondUnit unit) =>
        unit == RespondUnit.WorkingDays ? respondWithin : (respondWithin / 7 * 5) + Math.Max(0, (respondWithin % 7) - 2);

    public static string? PeriodError(int? period) => period switch
    {
        null or <= 0 => "Sla.PeriodMustBePositive",
        > SlaPolicy.MaxPeriod => "Sla.PeriodTooLong",
        _ => null,
    };

    /// <summary>Reminders must come before the deadline (at least one working day) and after the period began.</summary>
    public static string? RemindersError(string? text, int? respondWithin, RespondUnit unit, out IReadOnlyList<int> days)
    {
        if (!TryParseReminders(text, out days))
        {
            return "Sla.RemindersUnreadable";
        }

        if (days.Count > SlaPolicy.MaxReminders)
        {
            return "Sla.TooManyReminders";
        }

        if (days.Any(d => d <= 0))
        {
            return "Sla.ReminderNotBeforeDeadline";
        }

        if (days.Distinct().Count() != days.Count)
        {
            return "Sla.ReminderDuplicate";
        }

        if (respondWithin is > 0 and <= SlaPolicy.MaxPeriod && days.Any(d => d >= FewestWorkingDays(respondWithin.Value, unit)))
        {
            return "Sla.ReminderBeforeStart";
        }

        return null;
    }

    public static string? EscalationsError(IReadOnlyList<EscalationLevel> levels)
    {
        if (levels.Count == 0)
        {
            return "Sla.EscalationRequired";
        }

        if (levels.Count > SlaPolicy.MaxEscalationLevels)
        {
            return "Sla.TooManyEscalations";
        }

        if (levels.Any(l => l.WorkingDaysAfterBreach is < 0 or > SlaPolicy.MaxPeriod))
        {
            return "Sla.EscalationDaysInvalid";
        }

        if (levels.Any(l => l.Audience == EscalationAudience.None || (l.Audience & ~AllAudiences) != 0))
        {
            return "Sla.EscalationAudienceRequired";
        }

        return levels.Select(l => l.WorkingDaysAfterBreach).Distinct().Count() != levels.Count ? "Sla.EscalationDuplicate" : null;
    }
}

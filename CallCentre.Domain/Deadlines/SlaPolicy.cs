using System.Globalization;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// The deadlines, reminders and escalation levels for cases of a type, topic and priority (each null = any). A policy is
/// never changed in place: an edit retires the version and adds a new one, so a case keeps pointing at the version its
/// deadlines were set by (<see cref="Case.SlaPolicyId"/>).
/// </summary>
public sealed class SlaPolicy
{
    public const int MaxPeriod = 366;
    public const int MaxReminders = 5;
    public const int MaxEscalationLevels = 5;
    public const int ListMaxLength = 200;

    /// <summary>DESIGN.md's defaults: acknowledge in 1 working day, respond in 30 calendar days, remind 5 and 1 working
    /// days before, escalate at breach (agency head and supervisors) and 5 working days after (Cabinet Secretariat).</summary>
    public static SlaPolicy StatutoryDefault => NewStatutoryDefault("", DateTime.UnixEpoch);

    /// <summary>A stored copy of <see cref="StatutoryDefault"/>, as the reference data seeds it.</summary>
    public static SlaPolicy NewStatutoryDefault(string createdById, DateTime createdAtUtc) => new(
        null,
        null,
        null,
        1,
        AcknowledgeUnit.WorkingDays,
        30,
        RespondUnit.CalendarDays,
        [5, 1],
        [new EscalationLevel(0, EscalationAudience.AgencyHead | EscalationAudience.Supervisors), new EscalationLevel(5, EscalationAudience.CabinetSecretariat)],
        createdById,
        createdAtUtc);

    private SlaPolicy()
    {
    }

    public SlaPolicy(
        CaseType? type,
        int? topicId,
        Priority? priority,
        int acknowledgeWithin,
        AcknowledgeUnit acknowledgeUnit,
        int respondWithin,
        RespondUnit respondUnit,
        IReadOnlyList<int> remindWorkingDaysBefore,
        IReadOnlyList<EscalationLevel> escalations,
        string createdById,
        DateTime createdAtUtc)
    {
        if (acknowledgeWithin is <= 0 or > MaxPeriod || respondWithin is <= 0 or > MaxPeriod)
        {
            throw new DomainException("Sla.PeriodMustBePositive");
        }

        if (!Enum.IsDefined(acknowledgeUnit) || !Enum.IsDefined(respondUnit)
            || (type is { } t && !Enum.IsDefined(t)) || (priority is { } p && !Enum.IsDefined(p)))
        {
            throw new DomainException("Sla.InvalidChoice");
        }

        // A reminder must come after assignment and before the deadline: fewer working days before it than the period holds.
        if (remindWorkingDaysBefore.Count > MaxReminders
            || remindWorkingDaysBefore.Any(d => d <= 0 || d >= respondWithin)
            || remindWorkingDaysBefore.Distinct().Count() != remindWorkingDaysBefore.Count)
        {
            throw new DomainException("Sla.ReminderOutsidePeriod");
        }

        if (escalations.Count is 0 or > MaxEscalationLevels
            || escalations.Any(e => e.WorkingDaysAfterBreach is < 0 or > MaxPeriod || e.Audience == EscalationAudience.None)
            || escalations.Select(e => e.WorkingDaysAfterBreach).Distinct().Count() != escalations.Count)
        {
            throw new DomainException("Sla.EscalationInvalid");
        }

        Type = type;
        TopicId = topicId;
        Priority = priority;
        AcknowledgeWithin = acknowledgeWithin;
        AcknowledgeUnit = acknowledgeUnit;
        RespondWithin = respondWithin;
        RespondUnit = respondUnit;
        RemindersText = string.Join(',', remindWorkingDaysBefore.OrderDescending().Select(d => d.ToString(CultureInfo.InvariantCulture)));
        EscalationsText = EscalationLevel.Format(escalations.OrderBy(e => e.WorkingDaysAfterBreach));
        CreatedById = createdById;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }

    public CaseType? Type { get; private set; }

    public int? TopicId { get; private set; }

    public Priority? Priority { get; private set; }

    public int AcknowledgeWithin { get; private set; }

    public AcknowledgeUnit AcknowledgeUnit { get; private set; }

    public int RespondWithin { get; private set; }

    public RespondUnit RespondUnit { get; private set; }

    /// <summary>Stored form of <see cref="RemindWorkingDaysBefore"/>: "5,1".</summary>
    public string RemindersText { get; private set; } = "";

    /// <summary>Stored form of <see cref="Escalations"/>: "0:AgencyHead,Supervisors;5:CabinetSecretariat".</summary>
    public string EscalationsText { get; private set; } = "";

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When an edit replaced this version (or it was removed); retired versions still govern the cases set by them.</summary>
    public DateTime? RetiredAtUtc { get; private set; }

    public bool IsActive => RetiredAtUtc is null;

    /// <summary>The policy that applies when no narrower one does (type, topic and priority all "any").</summary>
    public bool IsDefault => Type is null && TopicId is null && Priority is null;

    /// <summary>Working days before the respond-by deadline at which the officer is reminded, largest first.</summary>
    public IReadOnlyList<int> RemindWorkingDaysBefore =>
        RemindersText.Length == 0 ? [] : RemindersText.Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Escalation levels in order; level 1 is the first.</summary>
    public IReadOnlyList<EscalationLevel> Escalations => EscalationLevel.Parse(EscalationsText);

    /// <summary>How many of the type/topic/priority fields are set: a narrower policy wins over a broader one.</summary>
    public int Specificity => (TopicId is null ? 0 : 4) + (Type is null ? 0 : 2) + (Priority is null ? 0 : 1);

    public bool Matches(CaseType type, int topicId, Priority priority) =>
        (Type is null || Type == type) && (TopicId is null || TopicId == topicId) && (Priority is null || Priority == priority);

    /// <summary>The narrowest active policy matching a case, or <see cref="StatutoryDefault"/> when none is stored.</summary>
    public static SlaPolicy For(IEnumerable<SlaPolicy> activePolicies, CaseType type, int topicId, Priority priority) =>
        activePolicies.Where(p => p.IsActive && p.Matches(type, topicId, priority))
            .OrderByDescending(p => p.Specificity)
            .ThenByDescending(p => p.CreatedAtUtc)
            .FirstOrDefault() ?? StatutoryDefault;

    public DateTime AcknowledgeBy(DateTime assignedAtUtc, BusinessCalendar calendar) => AcknowledgeUnit switch
    {
        AcknowledgeUnit.WorkingHours => calendar.AddWorkingTime(assignedAtUtc, TimeSpan.FromHours(AcknowledgeWithin)),
        _ => calendar.AddWorkingDays(assignedAtUtc, AcknowledgeWithin),
    };

    public DateTime RespondBy(DateTime fromUtc, BusinessCalendar calendar) => RespondUnit switch
    {
        RespondUnit.WorkingDays => calendar.AddWorkingDays(fromUtc, RespondWithin),
        _ => fromUtc.AddDays(RespondWithin),
    };

    public void Retire(DateTime nowUtc)
    {
        if (RetiredAtUtc is not null)
        {
            throw new DomainException("Sla.AlreadyRetired");
        }

        RetiredAtUtc = nowUtc;
    }
}

public enum AcknowledgeUnit
{
    WorkingDays,
    WorkingHours,
}

public enum RespondUnit
{
    CalendarDays,
    WorkingDays,
}

/// <summary>Who an escalation level notifies.</summary>
[Flags]
public enum EscalationAudience
{
    None = 0,
    AssignedOfficer = 1,
    AgencyHead = 2,
    Supervisors = 4,

    /// <summary>Supervisors whose organisation is the Cabinet Secretariat (code CABSEC).</summary>
    CabinetSecretariat = 8,
}

/// <summary>One escalation level: so many working days after the respond-by deadline passed (0 = at breach), notify these.</summary>
public sealed record EscalationLevel(int WorkingDaysAfterBreach, EscalationAudience Audience)
{
    public static string Format(IEnumerable<EscalationLevel> levels) =>
        string.Join(';', levels.Select(l => $"{l.WorkingDaysAfterBreach.ToString(CultureInfo.InvariantCulture)}:{l.Audience.ToString().Replace(" ", "", StringComparison.Ordinal)}"));

    public static IReadOnlyList<EscalationLevel> Parse(string text) =>
        text.Length == 0
            ? []
            : text.Split(';')
                .Select(part => part.Split(':', 2))
                .Select(p => new EscalationLevel(int.Parse(p[0], CultureInfo.InvariantCulture), Enum.Parse<EscalationAudience>(p[1])))
                .ToList();
}

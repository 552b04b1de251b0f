using CallCentre.Domain.Notifications;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// A reminder or escalation whose time has come for a case in its current round, and who is to receive it. With
/// <see cref="HeadsWhenNoOfficer"/> the organisation's heads stand in for an officer not yet assigned.
/// </summary>
public sealed record DueAlert(
    NotificationKind Kind,
    int Level,
    int Round,
    DateTime DueAtUtc,
    DateTime DeadlineUtc,
    EscalationAudience Audience,
    bool HeadsWhenNoOfficer,
    bool IsLastOfRound);

using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Deadlines;

/// <summary>What the deadline scan needs to know of a case to say which reminders and escalations are due.</summary>
public sealed record CaseClockReading(
    int CaseId,
    CaseStatus Status,
    DateTime? AcknowledgeByUtc,
    DateTime? RespondByUtc,
    DateTime? ClockPausedAtUtc,
    int DeadlineRound,
    int? SlaPolicyId);

namespace CallCentre.Domain.Audit;

/// <summary>What one audit entry says before it is chained: who did what to which subject, and how it ended.</summary>
public sealed record AuditRecord(
    DateTime AtUtc,
    string? ActorId,
    string? ActorName,
    string Action,
    string SubjectType,
    string? SubjectId,
    string? Before,
    string? After,
    AuditOutcome Outcome,
    string? ClientAddress);

namespace CallCentre.Domain.Deadlines;

/// <summary>The deadlines set on a case at one moment, and the policy version they came from (null: the statutory default).</summary>
public sealed record CaseDeadlines(int? SlaPolicyId, DateTime AcknowledgeByUtc, DateTime RespondByUtc);

namespace CallCentre.Domain.Audit;

/// <summary>How the audited attempt ended.</summary>
public enum AuditOutcome
{
    Succeeded,
    Refused,
    Failed,
}

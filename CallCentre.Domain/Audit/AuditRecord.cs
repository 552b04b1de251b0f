using CallCentre.Domain.Accounts;

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
    string? ClientAddress)
{
    /// <summary>
    /// An event that is not an entity change, by the current <see cref="AuditScope"/>'s actor from its address; the
    /// save that appends it stamps the time.
    /// </summary>
    public static AuditRecord Event(string action, string subjectType, string? subjectId, AuditOutcome outcome, IEnumerable<KeyValuePair<string, object?>>? details = null)
    {
        var scope = AuditScope.Current;
        return new(default, scope?.ActorId, scope?.ActorName, action, subjectType, subjectId, null, details is null ? null : AuditJson.Write(details), outcome, scope?.ClientAddress);
    }

    /// <summary>The same record, acted by the use case's actor rather than the ambient scope's.</summary>
    public AuditRecord By(Actor actor) => this with { ActorId = actor.UserId, ActorName = actor.DisplayName };
}

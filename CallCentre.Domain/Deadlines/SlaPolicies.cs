using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;

namespace CallCentre.Domain.Deadlines;

/// <summary>What the policy administration use cases share: who may edit, and the audit entry of a change.</summary>
internal static class SlaPolicies
{
    public static void RequireAdministrator(Actor actor)
    {
        if (!actor.IsIn(Roles.Administrator))
        {
            throw new DomainException("Sla.NotAllowedForRole");
        }
    }

    public static IEnumerable<KeyValuePair<string, object?>> Values(SlaPolicy policy) =>
    [
        new("Id", policy.Id), new("Type", policy.Type), new("TopicId", policy.TopicId), new("Priority", policy.Priority),
        new("AcknowledgeWithin", policy.AcknowledgeWithin), new("AcknowledgeUnit", policy.AcknowledgeUnit),
        new("RespondWithin", policy.RespondWithin), new("RespondUnit", policy.RespondUnit),
        new("Reminders", policy.RemindersText), new("Escalations", policy.EscalationsText),
    ];

    public static void Audit(CallCentreDbContext db, Actor actor, string action, int policyId, string? before, string? after) =>
        db.Audit(new AuditRecord(
            default, actor.UserId, actor.DisplayName, action, "SlaPolicy", policyId.ToString(CultureInfo.InvariantCulture), before, after, AuditOutcome.Succeeded,
            AuditScope.Current?.ClientAddress));
}

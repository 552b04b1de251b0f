using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// Removes an SLA policy by retiring its version (administrators only): new cases fall back to the next broader policy,
/// cases set by it keep their deadlines. The default policy cannot be removed, only edited.
/// </summary>
public sealed class RetireSlaPolicy(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Null when retired; otherwise the message key ("Sla.NotFound" when someone removed or replaced it first).</summary>
    public async Task<string?> RunAsync(int policyId, Actor actor, CancellationToken cancellationToken = default)
    {
        SlaPolicies.RequireAdministrator(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.SlaPolicies.FirstOrDefaultAsync(p => p.Id == policyId && p.RetiredAtUtc == null, cancellationToken) is not { } policy)
        {
            return "Sla.NotFound";
        }

        if (policy.IsDefault)
        {
            return "Sla.DefaultCannotBeRemoved";
        }

        var before = AuditJson.Write(SlaPolicies.Values(policy));
        policy.Retire(clock.GetUtcNow().UtcDateTime);
        SlaPolicies.Audit(db, actor, "SlaPolicy.Retired", policy.Id, before, AuditJson.Write([new("RetiredAtUtc", policy.RetiredAtUtc)]));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Deadlines;

/// <summary>The policy version to retire.</summary>
public sealed record RetireSlaPolicyInput(int PolicyId);

/// <summary>
/// Removes an SLA policy by retiring its version (administrators only): new cases fall back to the next broader policy,
/// cases set by it keep their deadlines. The default policy cannot be removed, only edited.
/// </summary>
public sealed class RetireSlaPolicy(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Saved with the retired version's id; refused at <c>PolicyId</c> ("Sla.NotFound" when someone removed or replaced it first).</summary>
    public async Task<SaveResult<int>> RunAsync(RetireSlaPolicyInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        SlaPolicies.RequireAdministrator(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.SlaPolicies.FirstOrDefaultAsync(p => p.Id == input.PolicyId && p.RetiredAtUtc == null, cancellationToken) is not { } policy)
        {
            return SaveResult<int>.Invalid(nameof(input.PolicyId), "Sla.NotFound");
        }

        if (policy.IsDefault)
        {
            return SaveResult<int>.Invalid(nameof(input.PolicyId), "Sla.DefaultCannotBeRemoved");
        }

        var before = AuditJson.Write(SlaPolicies.Values(policy));
        policy.Retire(clock.GetUtcNow().UtcDateTime);
        SlaPolicies.Audit(db, actor, "SlaPolicy.Retired", policy.Id, before, AuditJson.Write([new("RetiredAtUtc", policy.RetiredAtUtc)]));
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult<int>.Saved(policy.Id);
    }
}

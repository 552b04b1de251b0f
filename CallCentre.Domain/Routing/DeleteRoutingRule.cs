using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Routing;

/// <summary>The rule to remove.</summary>
public sealed record DeleteRoutingRuleInput(int RuleId);

/// <summary>Removes a routing rule (administrators only); cases on its topic then fall through to the next rule or the default.</summary>
public sealed class DeleteRoutingRule(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    /// <summary>True when the rule was removed; false when there was no such rule (someone removed it first).</summary>
    public async Task<bool> RunAsync(DeleteRoutingRuleInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsIn(Roles.Administrator))
        {
            throw new DomainException("Routing.NotAllowedForRole");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Loaded and removed rather than deleted in bulk, so that the audit records what the rule was.
        if (await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == input.RuleId, cancellationToken) is not { } rule)
        {
            return false;
        }

        db.RoutingRules.Remove(rule);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}

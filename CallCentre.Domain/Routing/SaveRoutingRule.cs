using System.Data;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Regions;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Routing;

/// <summary>What the rule form sends: a new rule when <see cref="RuleId"/> is null; a null region means any place.</summary>
public sealed record SaveRoutingRuleInput(int? RuleId, int? TopicId, int? RegionId, int? OrganisationId);

/// <summary>
/// Adds or changes a routing rule (administrators only). A rule names a second-level topic, optionally a place, and an active
/// organisation, and no two rules share a topic and place. That last check is made here, under a serializable transaction,
/// rather than left to the unique index: SQL Server's index on a nullable column ignores NULLs and SQLite treats them as
/// distinct, so neither would stop two "anywhere" rules for one topic.
/// </summary>
public sealed class SaveRoutingRule(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<SaveResult<int>> RunAsync(SaveRoutingRuleInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsIn(Roles.Administrator))
        {
            throw new DomainException("Routing.NotAllowedForRole");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = await ValidateAsync(db, input, cancellationToken);
        if (errors.Count > 0)
        {
            return SaveResult<int>.Invalid(errors);
        }

        var topicId = input.TopicId!.Value;
        var organisationId = input.OrganisationId!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        if (await IsDuplicateAsync(db, input, cancellationToken))
        {
            return SaveResult<int>.Invalid(nameof(input.RegionId), "Routing.Duplicate");
        }

        RoutingRule rule;
        if (input.RuleId is { } ruleId)
        {
            var existing = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken);
            if (existing is null)
            {
                return SaveResult<int>.Invalid(nameof(input.RuleId), "Routing.RuleNotFound");
            }

            rule = existing;
            rule.Redefine(topicId, input.RegionId, organisationId);
        }
        else
        {
            rule = new RoutingRule(topicId, input.RegionId, organisationId);
            db.RoutingRules.Add(rule);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a rule another administrator saved at the same moment.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await IsDuplicateAsync(db, input, CancellationToken.None))
            {
                return SaveResult<int>.Invalid(nameof(input.RegionId), "Routing.Duplicate");
            }

            throw;
        }

        return SaveResult<int>.Saved(rule.Id);
    }

    private static Task<bool> IsDuplicateAsync(CallCentreDbContext db, SaveRoutingRuleInput input, CancellationToken cancellationToken) =>
        db.RoutingRules.AnyAsync(r => r.TopicId == input.TopicId && r.RegionId == input.RegionId && r.Id != input.RuleId, cancellationToken);

    private static async Task<Dictionary<string, string>> ValidateAsync(CallCentreDbContext db, SaveRoutingRuleInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (input.TopicId is not { } topicId)
        {
            errors[nameof(input.TopicId)] = "Routing.TopicRequired";
        }
        else
        {
            var topic = await db.Topics.AsNoTracking().Where(t => t.Id == topicId && t.IsActive)
                .Select(t => new { t.ParentId }).FirstOrDefaultAsync(cancellationToken);
            if (topic is null)
            {
                errors[nameof(input.TopicId)] = "Routing.TopicUnknown";
            }
            else if (topic.ParentId is null)
            {
                errors[nameof(input.TopicId)] = "Routing.TopicFirstLevel";
            }
        }

        if (input.RegionId is { } regionId
            && !await db.Regions.AnyAsync(
                r => r.Id == regionId && (r.Kind == RegionKind.Capital || r.Kind == RegionKind.Aimag || r.Kind == RegionKind.CapitalDistrict || r.Kind == RegionKind.Soum),
                cancellationToken))
        {
            errors[nameof(input.RegionId)] = "Routing.PlaceUnknown";
        }

        if (input.OrganisationId is not { } organisationId)
        {
            errors[nameof(input.OrganisationId)] = "Routing.OrganisationRequired";
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.IsActive, cancellationToken))
        {
            errors[nameof(input.OrganisationId)] = "Routing.OrganisationUnknown";
        }

        return errors;
    }
}

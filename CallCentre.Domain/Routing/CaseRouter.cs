using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Routing;

/// <summary>
/// Proposes the organisation a case goes to: a rule for the topic and district, then for the topic and region, then for the
/// topic anywhere; a local topic goes to the governor's office of the district or aimag; otherwise the topic's default.
/// A domain service, not a use case: <see cref="ProposeRoute"/>, <see cref="PreviewRoute"/> and registering a case ask it
/// inside their own operation.
/// </summary>
public static class CaseRouter
{
    public static async Task<RouteProposal?> ProposeAsync(CallCentreDbContext db, int topicId, int? regionId, int? districtId, CancellationToken cancellationToken = default)
    {
        var rules = await db.RoutingRules.AsNoTracking()
            .Where(r => r.TopicId == topicId && (r.RegionId == null || r.RegionId == regionId || r.RegionId == districtId))
            .Join(db.Organisations.Where(o => o.IsActive), r => r.OrganisationId, o => o.Id, (r, o) => new { r.RegionId, r.OrganisationId })
            .ToListAsync(cancellationToken);
        if (districtId is not null && rules.FirstOrDefault(r => r.RegionId == districtId) is { } forDistrict)
        {
            return new RouteProposal(forDistrict.OrganisationId, RouteReason.RuleForDistrict);
        }

        if (regionId is not null && rules.FirstOrDefault(r => r.RegionId == regionId) is { } forRegion)
        {
            return new RouteProposal(forRegion.OrganisationId, RouteReason.RuleForRegion);
        }

        if (rules.FirstOrDefault(r => r.RegionId == null) is { } forTopic)
        {
            return new RouteProposal(forTopic.OrganisationId, RouteReason.RuleForTopic);
        }

        var topic = await db.Topics.AsNoTracking().Where(t => t.Id == topicId)
            .Select(t => new { t.IsLocal, t.DefaultOrganisationId, DefaultActive = t.DefaultOrganisation != null && t.DefaultOrganisation.IsActive })
            .FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return null;
        }

        if (topic.IsLocal && await LocalGovernorAsync(db, regionId, districtId, cancellationToken) is { } governor)
        {
            return new RouteProposal(governor, RouteReason.LocalGovernor);
        }

        return topic.DefaultOrganisationId is { } defaultOrganisation && topic.DefaultActive
            ? new RouteProposal(defaultOrganisation, RouteReason.TopicDefault)
            : null;
    }

    /// <summary>The district's governor's office in the capital, the aimag's elsewhere; for the capital without a district, the capital's.</summary>
    private static async Task<int?> LocalGovernorAsync(CallCentreDbContext db, int? regionId, int? districtId, CancellationToken cancellationToken)
    {
        var governors = db.Organisations.AsNoTracking().Where(o => o.IsActive);
        if (districtId is not null
            && await governors.Where(o => o.RegionId == districtId && o.Kind == OrganisationKind.DistrictGovernor).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) is { } district)
        {
            return district;
        }

        if (regionId is null)
        {
            return null;
        }

        if (await governors.Where(o => o.RegionId == regionId && o.Kind == OrganisationKind.AimagGovernor).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) is { } aimag)
        {
            return aimag;
        }

        // The capital's own governor's office carries no region; it is the parent of the district offices.
        return await governors.Where(o => o.Kind == OrganisationKind.DistrictGovernor && o.Region!.ParentId == regionId)
            .Select(o => o.ParentId).FirstOrDefaultAsync(cancellationToken);
    }
}

/// <summary>The organisation proposed and why.</summary>
public sealed record RouteProposal(int OrganisationId, RouteReason Reason);

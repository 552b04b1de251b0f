using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Routing;

/// <summary>The topic and place to preview the route for (a district or soum, an aimag or the capital), and the language of the name.</summary>
public sealed record PreviewRouteInput(int TopicId, int? PlaceId, Language Language = default);

/// <summary>The organisation the router would propose, named, and why.</summary>
public sealed record RoutePreview(int OrganisationId, string OrganisationName, RouteReason Reason);

/// <summary>
/// Asks <see cref="CaseRouter"/> what it would propose today for a topic from a place (a district or soum counts with its
/// aimag or the capital), so that an administrator sees the effect of the rules; null when nothing would be proposed.
/// </summary>
public sealed class PreviewRoute(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<RoutePreview?> RunAsync(PreviewRouteInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var (topicId, placeId, language) = input;
        var mongolian = language.IsMongolian;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        int? regionId = null;
        int? districtId = null;
        if (placeId is not null)
        {
            var place = await db.Regions.AsNoTracking().Where(r => r.Id == placeId)
                .Select(r => new { r.Id, r.Kind, r.ParentId }).FirstOrDefaultAsync(cancellationToken);
            if (place is not null && RoutingLabels.IsDistrictLevel(place.Kind))
            {
                regionId = place.ParentId;
                districtId = place.Id;
            }
            else
            {
                regionId = place?.Id;
            }
        }

        var proposal = await CaseRouter.ProposeAsync(db, topicId, regionId, districtId, cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == proposal.OrganisationId)
            .Select(o => mongolian ? o.NameMn : o.NameEn).FirstAsync(cancellationToken);
        return new RoutePreview(proposal.OrganisationId, name, proposal.Reason);
    }
}

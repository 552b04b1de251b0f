using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Routing;

/// <summary>The topic and place of a case being registered.</summary>
public sealed record ProposeRouteInput(int TopicId, int? RegionId, int? DistrictId);

/// <summary>The organisation <see cref="CaseRouter"/> proposes for a case while the operator types it; null when none.</summary>
public sealed class ProposeRoute(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<RouteProposal?> RunAsync(ProposeRouteInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CaseRouter.ProposeAsync(db, input.TopicId, input.RegionId, input.DistrictId, cancellationToken);
    }
}

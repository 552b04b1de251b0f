using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>Loads the choosable topics, places and organisations for the intake form.</summary>
public sealed class LoadIntakeChoices(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    private static readonly RegionKind[] _topLevel = [RegionKind.Capital, RegionKind.Aimag];
    private static readonly RegionKind[] _secondLevel = [RegionKind.CapitalDistrict, RegionKind.Soum];

    public async Task<IntakeChoices> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Only second-level active topics can be chosen (RegisterCase refuses the others).
        var topics = await db.Topics.AsNoTracking()
            .Where(t => t.IsActive && t.ParentId != null)
            .OrderBy(t => t.Parent!.Code).ThenBy(t => t.Code)
            .Select(t => new IntakeTopic(t.Id, t.Parent!.NameMn, t.Parent.NameEn, t.NameMn, t.NameEn, t.IsConfidential))
            .ToListAsync(cancellationToken);

        var places = await db.Regions.AsNoTracking()
            .Where(r => _topLevel.Contains(r.Kind) || (_secondLevel.Contains(r.Kind) && _topLevel.Contains(r.Parent!.Kind)))
            .OrderBy(r => r.NameMn)
            .Select(r => new IntakePlace(r.Id, _topLevel.Contains(r.Kind) ? null : r.ParentId, r.Kind, r.NameMn, r.NameEn))
            .ToListAsync(cancellationToken);

        // The capital first: most calls come from it.
        places = [.. places.OrderBy(p => p.Kind != RegionKind.Capital)];

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive)
            .OrderBy(o => o.NameMn)
            .Select(o => new IntakeOrganisation(o.Id, o.Kind, o.NameMn, o.NameEn))
            .ToListAsync(cancellationToken);

        return new IntakeChoices(topics, places, organisations);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Regions;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Routing;

/// <summary>One option of an autocomplete on the routing page.</summary>
public sealed record RoutingChoice(int Id, string Name);

/// <summary>What a rule may name: second-level active topics, places of the two levels a case records, active organisations.</summary>
public sealed record RoutingChoices(IReadOnlyList<RoutingChoice> Topics, IReadOnlyList<RoutingChoice> Places, IReadOnlyList<RoutingChoice> Organisations);

/// <summary>The language of the choices' names.</summary>
public sealed record ListRoutingChoicesInput(Language Language = default);

/// <summary>Lists the choices for the routing rule form and the router preview, named in the chosen language.</summary>
public sealed class ListRoutingChoices(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<RoutingChoices> RunAsync(ListRoutingChoicesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var mongolian = input.Language.IsMongolian;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking()
            .Where(t => t.IsActive && t.ParentId != null)
            .Select(t => new { t.Id, Name = mongolian ? t.NameMn : t.NameEn, Parent = mongolian ? t.Parent!.NameMn : t.Parent!.NameEn })
            .ToListAsync(cancellationToken);
        var places = await db.Regions.AsNoTracking()
            .Where(r => r.Kind == RegionKind.Capital || r.Kind == RegionKind.Aimag || r.Kind == RegionKind.CapitalDistrict || r.Kind == RegionKind.Soum)
            .Select(r => new { r.Id, Name = mongolian ? r.NameMn : r.NameEn, Parent = r.Parent == null ? null : mongolian ? r.Parent.NameMn : r.Parent.NameEn })
            .ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive)
            .Select(o => new RoutingChoice(o.Id, mongolian ? o.NameMn : o.NameEn))
            .ToListAsync(cancellationToken);

        return new RoutingChoices(
            Sorted(topics.Select(t => new RoutingChoice(t.Id, RoutingLabels.Path(t.Parent, t.Name)))),
            Sorted(places.Select(p => new RoutingChoice(p.Id, RoutingLabels.Path(p.Parent, p.Name)))),
            Sorted(organisations));
    }

    private static List<RoutingChoice> Sorted(IEnumerable<RoutingChoice> choices) => choices.OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
}

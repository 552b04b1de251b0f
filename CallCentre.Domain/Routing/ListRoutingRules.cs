using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Routing;

/// <summary>A routing rule as the administrators' grid shows it; a null place means anywhere.</summary>
public sealed record RoutingRuleRow(int Id, int TopicId, string TopicName, int? PlaceId, string? PlaceName, int OrganisationId, string OrganisationName, bool OrganisationActive);

/// <summary>The language of the rules' names.</summary>
public sealed record ListRoutingRulesInput(Language Language = default);

/// <summary>Every routing rule with its topic, place and organisation named in the chosen language.</summary>
public sealed class ListRoutingRules(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<IReadOnlyList<RoutingRuleRow>> RunAsync(ListRoutingRulesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var mongolian = input.Language.IsMongolian;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from rule in db.RoutingRules.AsNoTracking()
                join topic in db.Topics on rule.TopicId equals topic.Id
                join organisation in db.Organisations on rule.OrganisationId equals organisation.Id
                join region in db.Regions on rule.RegionId equals region.Id into places
                from place in places.DefaultIfEmpty()
                select new
                {
                    rule.Id,
                    rule.TopicId,
                    Topic = mongolian ? topic.NameMn : topic.NameEn,
                    TopicParent = topic.Parent == null ? null : mongolian ? topic.Parent.NameMn : topic.Parent.NameEn,
                    rule.RegionId,
                    Place = place == null ? null : mongolian ? place.NameMn : place.NameEn,
                    PlaceParent = place == null || place.Parent == null ? null : mongolian ? place.Parent.NameMn : place.Parent.NameEn,
                    rule.OrganisationId,
                    Organisation = mongolian ? organisation.NameMn : organisation.NameEn,
                    organisation.IsActive,
                })
            .ToListAsync(cancellationToken);

        return rows
            .Select(r => new RoutingRuleRow(
                r.Id,
                r.TopicId,
                RoutingLabels.Path(r.TopicParent, r.Topic),
                r.RegionId,
                r.Place is null ? null : RoutingLabels.Path(r.PlaceParent, r.Place),
                r.OrganisationId,
                r.Organisation,
                r.IsActive))
            .OrderBy(r => r.TopicName, StringComparer.CurrentCulture)
            .ThenBy(r => r.PlaceName ?? "", StringComparer.CurrentCulture)
            .ToList();
    }
}

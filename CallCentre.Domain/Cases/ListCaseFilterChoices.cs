using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Regions;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>One entry of a filter's list; <see cref="IsGroup"/> marks a first-level topic, whose sub-topics follow it.</summary>
public sealed record FilterChoice(int Id, string Name, bool IsGroup = false);

/// <summary>The lists a case list offers as filters; organisations only those the actor's view covers.</summary>
public sealed record CaseFilterChoices(IReadOnlyList<FilterChoice> Topics, IReadOnlyList<FilterChoice> Organisations, IReadOnlyList<FilterChoice> Regions);

/// <summary>The language of the choices' names.</summary>
public sealed record ListCaseFilterChoicesInput(Language Language = default);

/// <summary>Loads the filter lists for a case list, in the viewer's language.</summary>
public sealed class ListCaseFilterChoices(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<CaseFilterChoices> RunAsync(ListCaseFilterChoicesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var mongolian = input.Language.IsMongolian;

        var topics = await db.Topics.AsNoTracking()
            .Select(t => new { t.Id, t.ParentId, Name = mongolian ? t.NameMn : t.NameEn }).ToListAsync(cancellationToken);
        var topicChoices = topics.Where(t => t.ParentId is null).OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .SelectMany(g => topics.Where(t => t.ParentId == g.Id).OrderBy(t => t.Name, StringComparer.CurrentCulture)
                .Select(t => new FilterChoice(t.Id, t.Name)).Prepend(new FilterChoice(g.Id, g.Name, IsGroup: true)))
            .ToList();

        var organisations = visibility.SeesNothing ? []
            : (await db.Organisations.AsNoTracking().Where(o => o.IsActive)
                .Select(o => new { o.Id, Name = mongolian ? o.NameMn : o.NameEn }).ToListAsync(cancellationToken))
                .Where(o => visibility.Covers(o.Id))
                .OrderBy(o => o.Name, StringComparer.CurrentCulture)
                .Select(o => new FilterChoice(o.Id, o.Name))
                .ToList();

        var regions = (await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Capital || r.Kind == RegionKind.Aimag)
                .Select(r => new { r.Id, r.Kind, Name = mongolian ? r.NameMn : r.NameEn }).ToListAsync(cancellationToken))
            .OrderBy(r => r.Kind == RegionKind.Capital ? 0 : 1).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => new FilterChoice(r.Id, r.Name))
            .ToList();

        return new CaseFilterChoices(topicChoices, organisations, regions);
    }
}

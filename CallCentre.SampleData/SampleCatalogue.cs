using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Regions;
using CallCentre.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.SampleData;

/// <summary>
/// The reference data generated calls draw on — topics, places and organisations as seeded in the database — and the
/// organisation each (topic, place) is routed to by the real <see cref="CaseRouter"/>, asked once per combination.
/// </summary>
internal sealed class SampleCatalogue
{
    /// <summary>Share of calls from the capital: about half of Mongolia lives there, and it calls more.</summary>
    private const double CapitalShare = 0.66;

    // Rough populations of the capital's districts (thousands), which set how often each calls.
    private static readonly Dictionary<string, double> DistrictPopulation = new()
    {
        ["UB-BZ"] = 380, ["UB-SH"] = 360, ["UB-BG"] = 230, ["UB-HU"] = 220, ["UB-CH"] = 160,
        ["UB-SB"] = 150, ["UB-NA"] = 40, ["UB-BN"] = 30, ["UB-BH"] = 5,
    };

    // The larger aimag centres (Orkhon, Darkhan-Uul) call more than the others.
    private static readonly Dictionary<string, double> AimagWeight = new() { ["MN-035"] = 3, ["MN-037"] = 2.5 };

    private readonly Dictionary<(int Topic, int Region, int? District), int?> _routes = [];

    private SampleCatalogue(IReadOnlyList<SampleTopic> topics, IReadOnlyList<SamplePlace> places, int? fallbackOrganisationId, CaseClock clock)
    {
        Clock = clock;
        Topics = new WeightedChoice<SampleTopic>(topics.Select(t => (t, MongolianPhrases.For(t.Code).Weight)));
        Places = new WeightedChoice<SamplePlace>(places.Select(p => (p, p.Weight)));
        FallbackOrganisationId = fallbackOrganisationId;
    }

    public WeightedChoice<SampleTopic> Topics { get; }

    public WeightedChoice<SamplePlace> Places { get; }

    /// <summary>Where a call goes when no rule, local governor or default names an organisation: the 11-11 Centre itself.</summary>
    public int? FallbackOrganisationId { get; }

    /// <summary>The business calendar (default working hours) and SLA policies the generated cases' deadlines are set by.</summary>
    public CaseClock Clock { get; }

    public static async Task<SampleCatalogue> LoadAsync(CallCentreDbContext db, CancellationToken cancellationToken)
    {
        var topics = await db.Topics.AsNoTracking().Where(t => t.IsActive && t.ParentId != null).OrderBy(t => t.Id)
            .Select(t => new SampleTopic(t.Id, t.Code, t.NameMn, t.IsLocal, t.IsConfidential)).ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Code, r.NameMn, r.Kind, r.ParentId }).ToListAsync(cancellationToken);
        if (topics.Count == 0 || regions.Count == 0)
        {
            throw new InvalidOperationException("Sample cases need the reference data (topics and regions) seeded first.");
        }

        var places = new List<SamplePlace>();
        var capital = regions.FirstOrDefault(r => r.Kind == RegionKind.Capital);
        if (capital is not null)
        {
            var districts = regions.Where(r => r.ParentId == capital.Id).ToList();
            var population = districts.Sum(d => DistrictPopulation.GetValueOrDefault(d.Code, 50));

            // A few capital callers do not say which district.
            places.Add(new SamplePlace(capital.Id, null, capital.Code, capital.NameMn, true, CapitalShare * 0.03));
            places.AddRange(districts.Select(d => new SamplePlace(
                capital.Id, d.Id, d.Code, d.NameMn, true, CapitalShare * 0.97 * DistrictPopulation.GetValueOrDefault(d.Code, 50) / population)));
        }

        var aimags = regions.Where(r => r.Kind == RegionKind.Aimag).ToList();
        var aimagTotal = aimags.Sum(a => AimagWeight.GetValueOrDefault(a.Code, 1));
        places.AddRange(aimags.Select(a => new SamplePlace(
            a.Id, null, a.Code, a.NameMn, false, (capital is null ? 1 : 1 - CapitalShare) * AimagWeight.GetValueOrDefault(a.Code, 1) / aimagTotal)));

        var fallback = await db.Organisations.AsNoTracking().Where(o => o.Code == "CC1111" && o.IsActive).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Kind == OrganisationKind.Central).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        return new SampleCatalogue(topics, places, fallback, await CaseClock.LoadAsync(db, new CalendarSettings(), cancellationToken));
    }

    /// <summary>The organisation the real routing proposes for this topic and place, or null when it proposes none.</summary>
    public async Task<int?> RouteAsync(CallCentreDbContext db, SampleTopic topic, SamplePlace place, CancellationToken cancellationToken)
    {
        var key = (topic.Id, place.RegionId, place.DistrictId);
        if (!_routes.TryGetValue(key, out var organisationId))
        {
            organisationId = (await CaseRouter.ProposeAsync(db, topic.Id, place.RegionId, place.DistrictId, cancellationToken))?.OrganisationId;
            _routes[key] = organisationId;
        }

        return organisationId;
    }
}

using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Regions;
using CallCentre.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.ReferenceData;

/// <summary>
/// Seeds regions, organisations, topics and holidays from the shipped files, and the default SLA policy (DESIGN.md's
/// statutory defaults, <see cref="SlaPolicy.StatutoryDefault"/>; the reference files name no other period, so no other is seeded). Each item is seeded once, ever:
/// a restart or an upgrade adds only items the files gained, and never touches or revives what an administrator changed or removed.
/// The files are those embedded in this assembly unless others are given.
/// </summary>
public sealed class ReferenceDataSeeder(CallCentreDbContext db, TimeProvider clock, ReferenceFiles? files = null)
{
    private const string RegionKind = "region";
    private const string OrganisationKindName = "organisation";
    private const string TopicKind = "topic";
    private const string HolidayKind = "holiday";
    private const string CalendarDayKindName = "calendar-day";
    private const string SlaPolicyKind = "sla-policy";
    private const string DefaultSlaPolicyKey = "default";

    private readonly ReferenceFiles _files = files ?? ReferenceFiles.Embedded;
    private HashSet<(string Kind, string Key)> _seeded = [];

    /// <summary>Seeds what was never seeded; returns how many items were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        _seeded = (await db.SeededItems.AsNoTracking().Select(s => new { s.Kind, s.Key }).ToListAsync(cancellationToken))
            .Select(s => (s.Kind, s.Key)).ToHashSet();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await SeedRegionsAsync(cancellationToken);
        added += await SeedOrganisationsAsync(cancellationToken);
        added += await SeedTopicsAsync(cancellationToken);
        added += await SeedHolidaysAsync(cancellationToken);
        added += await SeedSlaPoliciesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    private async Task<int> SeedRegionsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        var added = 0;
        foreach (var entry in _files.Regions().Regions)
        {
            var kind = entry.Kind == "capital" ? Regions.RegionKind.Capital : Regions.RegionKind.Aimag;
            var region = Add(RegionKind, entry.Code, existing, () => new Region(entry.Code, entry.Mn, entry.En, kind), ref added);
            foreach (var district in entry.Districts ?? [])
            {
                Add(RegionKind, district.Code, existing, () => new Region(district.Code, district.Mn, district.En, Regions.RegionKind.CapitalDistrict, region), ref added);
            }

            // Parents must have ids before children point at them by id in other tables.
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private async Task<int> SeedOrganisationsAsync(CancellationToken cancellationToken)
    {
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Code, cancellationToken);
        var added = 0;
        var entries = _files.Organisations().Organizations;
        var inFile = entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in ParentsFirst(entries))
        {
            Organisation? parent = null;
            if (entry.Parent is not null && !existing.TryGetValue(entry.Parent, out parent))
            {
                if (!inFile.Contains(entry.Parent))
                {
                    throw new InvalidOperationException(
                        $"Organisation {entry.Code} in {ReferenceFiles.OrganisationsFileName} names parent {entry.Parent}, which is not in the file.");
                }

                // An administrator removed the parent: its new children are not seeded as top-level bodies.
                continue;
            }

            Add(OrganisationKindName, entry.Code, existing, () => new Organisation(entry.Code, entry.Mn, entry.En, ParseKind(entry.Kind), parent), ref added);
        }

        // The files name no governor's offices: one is generated per aimag and per capital district.
        foreach (var region in regions.Values.Where(r => r.Kind is Regions.RegionKind.Aimag or Regions.RegionKind.CapitalDistrict).OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            var code = GovernorOfficeCode(region.Code);
            var isAimag = region.Kind == Regions.RegionKind.Aimag;
            var parent = isAimag ? null : existing.GetValueOrDefault("CGO");
            Add(OrganisationKindName, code, existing, () => new Organisation(
                code,
                isAimag ? $"{region.NameMn} аймгийн Засаг даргын Тамгын газар" : $"{region.NameMn} дүүргийн Засаг даргын Тамгын газар",
                isAimag ? $"{region.NameEn} Aimag Governor's Office" : $"{region.NameEn} District Governor's Office",
                isAimag ? OrganisationKind.AimagGovernor : OrganisationKind.DistrictGovernor,
                parent,
                region), ref added);
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private async Task<int> SeedTopicsAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, cancellationToken);
        var existing = await db.Topics.ToDictionaryAsync(t => t.Code, cancellationToken);
        var added = 0;
        foreach (var entry in _files.Categories().Categories)
        {
            var parent = Add(TopicKind, entry.Code, existing, () => new Topic(entry.Code, entry.Mn, entry.En), ref added);
            if (parent is null)
            {
                // An administrator removed the topic (and so its subtopics): new subtopics of it are not seeded as top-level topics.
                continue;
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var child in entry.Children ?? [])
            {
                var organisation = child.Org is null ? null : organisations.GetValueOrDefault(child.Org);
                Add(TopicKind, child.Code, existing, () => new Topic(child.Code, child.Mn, child.En, parent, organisation, child.Local, child.Confidential), ref added);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private async Task<int> SeedHolidaysAsync(CancellationToken cancellationToken)
    {
        var file = _files.Holidays();
        var recurring = await db.RecurringHolidays.ToDictionaryAsync(h => $"{h.Month:00}-{h.Day:00}", cancellationToken);
        var days = await db.CalendarDays.ToDictionaryAsync(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        var added = 0;
        foreach (var entry in file.Fixed)
        {
            var key = $"{entry.Month:00}-{entry.Day:00}";
            Add(HolidayKind, key, recurring, () => new RecurringHoliday(entry.Month, entry.Day, entry.Mn, entry.En), ref added);
        }

        foreach (var year in file.Years.Values)
        {
            foreach (var (date, kind) in year.Holidays.Select(d => (d, CalendarDayKind.Holiday)).Concat(year.Working.Select(d => (d, CalendarDayKind.WorkingDay))))
            {
                var key = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                Add(CalendarDayKindName, key, days, () => new CalendarDay(date, kind, year.Note), ref added);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>The any/any/any policy, once: an administrator's edit retires it for a new version, which is never overwritten.</summary>
    private async Task<int> SeedSlaPoliciesAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.SlaPolicies.Where(p => p.RetiredAtUtc == null && p.Type == null && p.TopicId == null && p.Priority == null).ToListAsync(cancellationToken))
            .Take(1).ToDictionary(_ => DefaultSlaPolicyKey);
        var added = 0;
        Add(SlaPolicyKind, DefaultSlaPolicyKey, existing, () => SlaPolicy.NewStatutoryDefault("", clock.GetUtcNow().UtcDateTime), ref added);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public static string GovernorOfficeCode(string regionCode) => "GOV-" + regionCode;

    /// <summary>Adds the item unless it was seeded before or already exists; returns the item now in the database, or null if an administrator removed it.</summary>
    private T? Add<T>(string kind, string key, Dictionary<string, T> existing, Func<T> create, ref int added)
        where T : class
    {
        if (_seeded.Contains((kind, key)))
        {
            return existing.GetValueOrDefault(key);
        }

        if (!existing.TryGetValue(key, out var item))
        {
            item = create();
            db.Add(item);
            existing[key] = item;
            added++;
        }

        db.SeededItems.Add(new SeededItem(kind, key, clock.GetUtcNow().UtcDateTime));
        _seeded.Add((kind, key));
        return item;
    }

    /// <summary>Orders the entries so that each comes after its parent, however deep the tree and whatever the file's order.</summary>
    private static IEnumerable<OrganisationEntry> ParentsFirst(IReadOnlyList<OrganisationEntry> entries)
    {
        var byCode = entries.GroupBy(e => e.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        int Depth(OrganisationEntry entry)
        {
            var depth = 0;
            for (var current = entry; current.Parent is not null && byCode.TryGetValue(current.Parent, out var parent); current = parent)
            {
                if (++depth > byCode.Count)
                {
                    throw new InvalidOperationException($"Organisation {entry.Code} in {ReferenceFiles.OrganisationsFileName} is its own ancestor.");
                }
            }

            return depth;
        }

        return entries.OrderBy(Depth);
    }

    private static OrganisationKind ParseKind(string kind) => kind switch
    {
        "central" => OrganisationKind.Central,
        "ministry" => OrganisationKind.Ministry,
        "agency" => OrganisationKind.Agency,
        "municipal" => OrganisationKind.Municipal,
        _ => throw new InvalidOperationException($"Unknown organisation kind '{kind}' in the reference file."),
    };
}

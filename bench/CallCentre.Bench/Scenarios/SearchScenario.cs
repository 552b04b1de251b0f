using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// The case list's search box through <see cref="SearchCases"/> (first page and total): by reference number, by phone,
/// and by words in Mongolian Cyrillic and in Latin letters, as a supervisor (every case) and as an agency officer
/// (their organisation's cases only).
/// </summary>
public sealed class SearchScenario : IScenario
{
    public string Name => "search";

    public string Description => "search box through SearchCases: reference, phone, Cyrillic and Latin words, as supervisor and agency officer; p50/p95";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        output.WriteLine($"search: {options.Runs} runs of each search after {options.Warmup} warm-up");
        var factory = await SampleDatabase.EnsureAsync(count, output, cancellationToken);

        Actor agency, supervisor;
        string reference, agencyReference, phone;
        await using (var db = factory.CreateDbContext())
        {
            agency = await BenchActors.AgencyOfficerAsync(db, cancellationToken);
            supervisor = BenchActors.Supervisor(await BenchActors.OperatorAsync(db, cancellationToken));
            var middle = count / 2;
            reference = await db.Cases.Where(c => c.Id >= middle).OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync(cancellationToken);
            agencyReference = await db.Cases.Where(c => c.Id >= middle && c.AssignedOrganisationId == agency.OrganisationId).OrderBy(c => c.Id)
                .Select(c => c.Reference).FirstAsync(cancellationToken);

            // A caller who called more than once, typed as operators type it (national number with a dash).
            phone = await db.Cases.Where(c => c.Id >= middle && c.Caller.Phone != null).OrderBy(c => c.Id).Take(5_000)
                .GroupBy(c => c.Caller.Phone!).Where(g => g.Count() > 1).Select(g => g.Key).FirstAsync(cancellationToken);
            phone = $"{phone[4..8]}-{phone[8..]}";
        }

        var searches = new (string Name, Actor Actor, string Text, double TargetMs)[]
        {
            ("reference", supervisor, reference, 5),
            ("reference_agency", agency, agencyReference, 5),
            ("phone", supervisor, phone, 5),
            ("phone_agency", agency, phone, 5),
            ("words_cyrillic", supervisor, "халуун ус", 100),
            ("word_cyrillic_common", supervisor, "байна", 100),
            ("words_latin", supervisor, "tetgever olgogdoogui", 100),
            ("words_cyrillic_agency", agency, "халуун ус", 100),
            ("words_latin_agency", agency, "haluun us", 100),
        };

        var search = new SearchCases(factory);
        foreach (var (name, actor, text, target) in searches)
        {
            var input = new SearchCasesInput { Text = text, PageSize = 25 };
            var found = await search.RunAsync(input, actor, cancellationToken);
            var m = await Measure.RunAsync(options.Warmup, options.Runs, async ct => await search.RunAsync(input, actor, ct), cancellationToken);
            output.WriteLine();
            output.WriteLine($"search {name} — \"{text}\" as {(actor == agency ? BenchActors.AgencyCode + " officer" : "supervisor")}: read as {found.Kind}, {found.Rows.Count} rows of {found.Total:N0}{(found.TotalIsCapped ? "+" : "")}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  p50 {m.P50Ms:F2} ms, p95 {m.P95Ms:F2} ms (max {m.MaxMs:F1}); target p95 under {target:F0} ms"));
            ResultLine.For(Name, name, m).Add("cases", count).Add("kind", found.Kind.ToString().ToLowerInvariant()).Add("total", found.Total).Add("target_ms", target, 0).WriteTo(output);
        }
    }
}

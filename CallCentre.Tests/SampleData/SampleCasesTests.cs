using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Regions;
using CallCentre.Domain.Routing;
using CallCentre.SampleData;
using CallCentre.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.SampleData;

/// <summary>Generated cases: the same from the same seed, shaped like the 11-11 Centre's, built by the domain's own rules.</summary>
public sealed class SampleCasesTests : IAsyncLifetime
{
    private static readonly SampleCasesOptions Options = new() { Seed = 7, Count = 3_000 };

    private SeededDatabase _database = null!;
    private IReadOnlyList<Actor> _registrars = null!;
    private List<Case> _cases = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _registrars = await SampleDataFixture.AddRegistrarsAsync(_database);
        await SampleDataFixture.InBulkAsync(_database, _registrars, Options);
        await using var db = _database.CreateDbContext();
        _cases = await db.Cases.AsNoTracking().Include(c => c.Events).Include(c => c.SearchWords).AsSplitQuery().OrderBy(c => c.Id).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SameSeed_SameCases_OtherSeed_OtherCases()
    {
        await using var first = await SeededDatabase.CreateAsync();
        await using var again = await SeededDatabase.CreateAsync();
        await using var other = await SeededDatabase.CreateAsync();
        var registrars = await SampleDataFixture.AddRegistrarsAsync(first);
        await SampleDataFixture.AddRegistrarsAsync(again);
        await SampleDataFixture.AddRegistrarsAsync(other);
        var options = Options with { Count = 200 };
        await SampleDataFixture.WithEfAsync(first, registrars, options);
        await SampleDataFixture.WithEfAsync(again, registrars, options);
        await SampleDataFixture.WithEfAsync(other, registrars, options with { Seed = 8 });

        var expected = await Summary(first);
        Assert.Equal(200, expected.Count);
        Assert.Equal(expected, await Summary(again));
        Assert.NotEqual(expected, await Summary(other));
    }

    [Fact]
    public void RegistrationOrder_IsIdOrder_AndNumbersRunOnByYear()
    {
        Assert.Equal(Options.Count, _cases.Count);
        Assert.True(_cases.Zip(_cases.Skip(1)).All(p => p.First.RegisteredAtUtc <= p.Second.RegisteredAtUtc));
        foreach (var year in _cases.GroupBy(c => UlaanbaatarTime.FromUtc(c.RegisteredAtUtc).Year))
        {
            var expected = Enumerable.Range(1, year.Count()).Select(s => ReferenceNumber.Create(year.Key, s).ToString());
            Assert.Equal(expected, year.Select(c => c.Reference));
        }

        var span = _cases[^1].RegisteredAtUtc - _cases[0].RegisteredAtUtc;
        Assert.InRange(span.TotalDays, 700, 731);
        Assert.True(_cases[^1].RegisteredAtUtc < Options.EndUtc);
        Assert.All(_cases, c => Assert.InRange(UlaanbaatarTime.FromUtc(c.RegisteredAtUtc).Hour, 8, 19));
    }

    [Fact]
    public async Task MostCallsComeFromTheCapital_ByPhone_AsComplaintsAndRequests()
    {
        int capital;
        await using (var db = _database.CreateDbContext())
        {
            capital = await db.Regions.Where(r => r.Kind == RegionKind.Capital).Select(r => r.Id).SingleAsync();
        }

        Assert.InRange(Share(c => c.RegionId == capital), 0.55, 0.75);
        Assert.InRange(Share(c => c.Channel == Channel.Phone), 0.7, 0.9);
        var byType = _cases.GroupBy(c => c.Type).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        Assert.Equal([CaseType.Complaint, CaseType.Request], byType.Take(2));
        Assert.Equal(7, byType.Count);
        Assert.InRange(Share(c => c.Type == CaseType.Appreciation), 0.005, 0.04);
    }

    [Fact]
    public void Callers_HaveMongolianNamesAndMobileNumbers_AndSomeCallAgain()
    {
        var named = _cases.Where(c => !c.Caller.IsAnonymous).ToList();
        Assert.All(named, c => Assert.Matches(@"^[А-ЯӨҮЁа-яөүё\-]+ [А-ЯӨҮЁа-яөүё\-]+$", c.Caller.Name!));
        Assert.All(_cases.Where(c => c.Caller.Phone is not null), c => Assert.Matches(@"^\+976[6-9]\d{7}$", c.Caller.Phone!));
        var repeated = _cases.Where(c => c.Caller.Phone is not null).GroupBy(c => c.Caller.Phone).Count(g => g.Count() > 1);
        Assert.InRange(repeated, 50, 1_000);
    }

    [Fact]
    public void Texts_AreMongolian_WithSomeInLatinLetters_AndIndexedForSearch()
    {
        Assert.InRange(Share(c => c.Subject.Any(ch => ch is >= 'А' and <= 'я' or 'ө' or 'ү')), 0.85, 0.97);
        Assert.InRange(Share(c => c.Subject.All(ch => ch < 'ʼ')), 0.03, 0.15);
        Assert.All(_cases.Take(50), c => Assert.Equal(SearchKeys.ForText(c.Subject, c.Description).Order(StringComparer.Ordinal), c.SearchWords.Select(w => w.Word).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task CasesAreRouted_ByTheRealRouter_AndEnquiriesMostlyClosedOnTheCall()
    {
        await using var db = _database.CreateDbContext();
        foreach (var @case in _cases.Where(c => c.Status == CaseStatus.Assigned).Take(300))
        {
            var proposal = await CaseRouter.ProposeAsync(db, @case.TopicId, @case.RegionId, @case.DistrictId);
            Assert.Equal(proposal!.OrganisationId, @case.AssignedOrganisationId);
            Assert.Equal(@case.RegisteredAtUtc + CaseRules.StatutoryResponsePeriod, @case.RespondByUtc);
            Assert.Equal(1, @case.DeadlineRound);
            Assert.NotNull(@case.AcknowledgeByUtc);
            Assert.True(@case.AcknowledgeByUtc > @case.RegisteredAtUtc);
            Assert.Equal([CaseEventKind.Registered, CaseEventKind.Assigned, CaseEventKind.DeadlineSet], @case.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        }

        var districtGovernors = await db.Organisations.Where(o => o.Kind == OrganisationKind.DistrictGovernor).Select(o => o.Id).ToListAsync();
        var localTopics = await db.Topics.Where(t => t.IsLocal).Select(t => t.Id).ToListAsync();
        Assert.Contains(_cases, c => localTopics.Contains(c.TopicId) && c.DistrictId is not null && districtGovernors.Contains(c.AssignedOrganisationId!.Value));

        var enquiries = _cases.Where(c => c.Type == CaseType.Enquiry).ToList();
        Assert.InRange((double)enquiries.Count(c => c.Status == CaseStatus.Closed) / enquiries.Count, 0.55, 0.85);
        Assert.All(_cases.Where(c => c.Status == CaseStatus.Closed), c => Assert.Equal(CaseType.Enquiry, c.Type));
    }

    private double Share(Func<Case, bool> predicate) => (double)_cases.Count(predicate) / _cases.Count;

    private static async Task<List<string>> Summary(SeededDatabase database)
    {
        await using var db = database.CreateDbContext();
        var rows = await db.Cases.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Reference, c.RegisteredAtUtc, c.Subject, c.Description, c.Caller.Phone, c.Caller.Name, c.AssignedOrganisationId, c.Status })
            .ToListAsync();
        return [.. rows.Select(r => r.ToString()!)];
    }
}

using System.Text.Json.Nodes;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.ReferenceData;
using CallCentre.Domain.Regions;
using CallCentre.Domain.Topics;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.ReferenceData;

public sealed class ReferenceDataSeederTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _firstStart = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(_firstStart);
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Seed_OnEmptyDatabase_AddsTheCapitalItsNineDistrictsAndTwentyOneAimags()
    {
        await SeedAsync();

        await using var db = _database.CreateDbContext();
        var regions = await db.Regions.Include(r => r.Parent).ToListAsync();
        Assert.Equal(31, regions.Count);
        var capital = Assert.Single(regions, r => r.Kind == RegionKind.Capital);
        Assert.Equal(("MN-1", "Улаанбаатар", "Ulaanbaatar"), (capital.Code, capital.NameMn, capital.NameEn));
        Assert.Null(capital.ParentId);
        var districts = regions.Where(r => r.Kind == RegionKind.CapitalDistrict).ToList();
        Assert.Equal(9, districts.Count);
        Assert.All(districts, d => Assert.Equal("MN-1", d.Parent?.Code));
        Assert.Contains(districts, d => d.Code == "UB-SH" && d.NameMn == "Сонгинохайрхан");
        var aimags = regions.Where(r => r.Kind == RegionKind.Aimag).ToList();
        Assert.Equal(21, aimags.Count);
        Assert.All(aimags, a => Assert.Null(a.ParentId));
    }

    [Fact]
    public async Task Seed_OnEmptyDatabase_AddsEveryOrganisationOfTheFileUnderItsParent()
    {
        await SeedAsync();

        await using var db = _database.CreateDbContext();
        var organisations = await db.Organisations.Include(o => o.Parent).ToDictionaryAsync(o => o.Code);
        var entries = ReferenceFileCopy.Shipped(ReferenceFiles.OrganisationsFileName)["organizations"]!.AsArray();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var organisation = organisations[(string)entry!["code"]!];
            Assert.Equal((string)entry["mn"]!, organisation.NameMn);
            Assert.Equal((string)entry["en"]!, organisation.NameEn);
            Assert.Equal((string)entry["kind"]!, organisation.Kind.ToString(), ignoreCase: true);
            Assert.Equal((string?)entry["parent"], organisation.Parent?.Code);
            Assert.True(organisation.IsActive);
        }
    }

    [Fact]
    public async Task Seed_OnEmptyDatabase_AddsOneGovernorsOfficePerAimagAndPerCapitalDistrict()
    {
        await SeedAsync();

        await using var db = _database.CreateDbContext();
        var offices = await db.Organisations.Include(o => o.Region).Include(o => o.Parent)
            .Where(o => o.Kind == OrganisationKind.AimagGovernor || o.Kind == OrganisationKind.DistrictGovernor)
            .ToListAsync();
        var aimagOffices = offices.Where(o => o.Kind == OrganisationKind.AimagGovernor).ToList();
        Assert.Equal(21, aimagOffices.Count);
        Assert.All(aimagOffices, o =>
        {
            Assert.Equal(RegionKind.Aimag, o.Region!.Kind);
            Assert.Equal(ReferenceDataSeeder.GovernorOfficeCode(o.Region.Code), o.Code);
            Assert.Null(o.Parent);
            Assert.Contains(o.Region.NameMn, o.NameMn, StringComparison.Ordinal);
        });
        var districtOffices = offices.Where(o => o.Kind == OrganisationKind.DistrictGovernor).ToList();
        Assert.Equal(9, districtOffices.Count);
        Assert.All(districtOffices, o =>
        {
            Assert.Equal(RegionKind.CapitalDistrict, o.Region!.Kind);
            Assert.Equal(ReferenceDataSeeder.GovernorOfficeCode(o.Region.Code), o.Code);
            Assert.Equal("CGO", o.Parent?.Code);
        });
        Assert.Equal(30, offices.Select(o => o.RegionId).Distinct().Count());
    }

    [Fact]
    public async Task Seed_OnEmptyDatabase_AddsTopicsInTwoLevelsWithDefaultOrganisationsAndFlags()
    {
        await SeedAsync();

        await using var db = _database.CreateDbContext();
        var topics = await db.Topics.Include(t => t.Parent).Include(t => t.DefaultOrganisation).ToDictionaryAsync(t => t.Code);
        var categories = ReferenceFileCopy.Shipped(ReferenceFiles.CategoriesFileName)["categories"]!.AsArray();
        var expectedCount = 0;
        foreach (var category in categories)
        {
            var parent = topics[(string)category!["code"]!];
            Assert.Null(parent.Parent);
            Assert.Equal((string)category["mn"]!, parent.NameMn);
            expectedCount++;
            foreach (var child in category["children"]!.AsArray())
            {
                var topic = topics[(string)child!["code"]!];
                Assert.Equal(parent.Code, topic.Parent?.Code);
                Assert.Equal((string?)child["org"], topic.DefaultOrganisation?.Code);
                Assert.Equal((bool?)child["local"] ?? false, topic.IsLocal);
                Assert.Equal((bool?)child["confidential"] ?? false, topic.IsConfidential);
                Assert.True(topic.IsActive);
                expectedCount++;
            }
        }

        Assert.Equal(expectedCount, topics.Count);
        Assert.True(topics["GOV-CONDUCT"].IsConfidential);
        Assert.Equal("CABSEC", topics["GOV-CONDUCT"].DefaultOrganisation?.Code);
        Assert.True(topics["TRAN-ROAD"].IsLocal);
        Assert.Null(topics["TRAN-ROAD"].DefaultOrganisation);
        Assert.Equal("USUG", topics["UTIL-WATER"].DefaultOrganisation?.Code);
    }

    [Fact]
    public async Task Seed_OnEmptyDatabase_AddsRecurringHolidaysAndTheDatedEntriesOf2025And2026()
    {
        await SeedAsync();

        await using var db = _database.CreateDbContext();
        var recurring = await db.RecurringHolidays.ToListAsync();
        Assert.Equal(10, recurring.Count);
        Assert.Equal([11, 12, 13, 14, 15], recurring.Where(h => h.Month == 7).Select(h => h.Day).Order());
        Assert.Contains(recurring, h => h is { Month: 1, Day: 1, NameEn: "New Year", NameMn: "Шинэ жил" });
        Assert.Contains(recurring, h => h is { Month: 12, Day: 29 });

        var days = await db.CalendarDays.ToDictionaryAsync(d => d.Date);
        Assert.Equal(11, days.Count);
        Assert.Equal(6, days.Keys.Count(d => d.Year == 2025));
        Assert.All(days.Values.Where(d => d.Date.Year == 2025), d => Assert.Equal(CalendarDayKind.Holiday, d.Kind));
        Assert.Equal(CalendarDayKind.Holiday, days[new DateOnly(2025, 3, 1)].Kind);
        Assert.Equal(CalendarDayKind.Holiday, days[new DateOnly(2026, 2, 17)].Kind);
        Assert.Equal(CalendarDayKind.Holiday, days[new DateOnly(2026, 2, 20)].Kind);
        var workingSaturday = days[new DateOnly(2026, 2, 28)];
        Assert.Equal(CalendarDayKind.WorkingDay, workingSaturday.Kind);
        Assert.Contains("28 Feb", workingSaturday.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_RunTwice_AddsNothingTheSecondTime()
    {
        var first = await SeedAsync();
        var before = await CountsAsync();
        _clock.Advance(TimeSpan.FromDays(30));

        var second = await SeedAsync();

        Assert.True(first > 100, $"The first run added only {first} items.");
        Assert.Equal(0, second);
        Assert.Equal(before, await CountsAsync());
        await using var db = _database.CreateDbContext();
        Assert.All(await db.SeededItems.ToListAsync(), s => Assert.Equal(_firstStart.UtcDateTime, s.SeededAtUtc));
    }

    [Fact]
    public async Task Seed_RunTwice_CreatesNoDuplicateCodes()
    {
        await SeedAsync();
        await SeedAsync();

        await using var db = _database.CreateDbContext();
        Assert.Empty(await db.Organisations.GroupBy(o => o.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
        Assert.Empty(await db.Topics.GroupBy(t => t.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
        Assert.Empty(await db.Regions.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
        Assert.Equal(await db.SeededItems.CountAsync(), await db.SeededItems.Select(s => new { s.Kind, s.Key }).Distinct().CountAsync());
    }

    [Fact]
    public async Task Seed_AfterAdministratorRenamedAnOrganisation_KeepsTheAdministratorsName()
    {
        await SeedAsync();
        await using (var db = _database.CreateDbContext())
        {
            var ministry = await db.Organisations.SingleAsync(o => o.Code == "MOEN");
            ministry.Rename("Эрчим хүчний яам (шинэ)", "Ministry of Energy (renamed)");
            await db.SaveChangesAsync();
        }

        await SeedAsync();

        await using var check = _database.CreateDbContext();
        var renamed = await check.Organisations.SingleAsync(o => o.Code == "MOEN");
        Assert.Equal("Ministry of Energy (renamed)", renamed.NameEn);
        Assert.Equal("Эрчим хүчний яам (шинэ)", renamed.NameMn);
    }

    [Fact]
    public async Task Seed_AfterAdministratorDeletedATopic_DoesNotReviveIt()
    {
        await SeedAsync();
        await DeleteTopicsAsync("OTHER-OTHER");

        var added = await SeedAsync();

        Assert.Equal(0, added);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Topics.AnyAsync(t => t.Code == "OTHER-OTHER"));
    }

    [Fact]
    public async Task Seed_UpgradeShipsNewItems_AddsOnlyThose()
    {
        await SeedAsync();
        var before = await CountsAsync();
        var upgrade = new ReferenceFileCopy()
            .Change(ReferenceFiles.OrganisationsFileName, file =>
            {
                Organisations(file).Add(OrganisationEntry("ENERGYREG", "agency", "MOEN"));

                // A release that rewords an existing item does not overwrite what is in the database.
                Organisations(file).Single(o => (string)o!["code"]! == "MOF")!["en"] = "Ministry of Finance (reworded)";
            })
            .Change(ReferenceFiles.CategoriesFileName, file => Categories(file).Single(c => (string)c!["code"]! == "UTIL")!["children"]!.AsArray()
                .Add(new JsonObject { ["code"] = "UTIL-GAS", ["mn"] = "Хий", ["en"] = "Gas", ["org"] = "ENERGYREG", ["local"] = true }))
            .Change(ReferenceFiles.HolidaysFileName, file => file["years"]!.AsObject()
                .Add("2027", new JsonObject { ["holidays"] = new JsonArray("2027-02-08"), ["working"] = new JsonArray(), ["note"] = "Tsagaan Sar" }));

        var added = await SeedAsync(upgrade.Build());

        Assert.Equal(3, added);
        var after = await CountsAsync();
        Assert.Equal(before with { Organisations = before.Organisations + 1, Topics = before.Topics + 1, CalendarDays = before.CalendarDays + 1, SeededItems = before.SeededItems + 3 }, after);
        await using var db = _database.CreateDbContext();
        var gas = await db.Topics.Include(t => t.Parent).Include(t => t.DefaultOrganisation).SingleAsync(t => t.Code == "UTIL-GAS");
        Assert.Equal(("UTIL", "ENERGYREG", true), (gas.Parent?.Code, gas.DefaultOrganisation?.Code, gas.IsLocal));
        var regulator = await db.Organisations.Include(o => o.Parent).SingleAsync(o => o.Code == "ENERGYREG");
        Assert.Equal("MOEN", regulator.Parent?.Code);
        Assert.Equal("Ministry of Finance", (await db.Organisations.SingleAsync(o => o.Code == "MOF")).NameEn);
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2027, 2, 8) && d.Kind == CalendarDayKind.Holiday));
    }

    [Fact]
    public async Task Seed_UpgradeShipsAnItemAnAdministratorAlreadyCreated_KeepsTheAdministratorsItem()
    {
        await SeedAsync();
        await using (var db = _database.CreateDbContext())
        {
            var utilities = await db.Topics.SingleAsync(t => t.Code == "UTIL");
            db.Topics.Add(new Topic("UTIL-GAS", "Шатдаг хий", "Gas supply", utilities));
            await db.SaveChangesAsync();
        }

        var upgrade = new ReferenceFileCopy().Change(ReferenceFiles.CategoriesFileName, file => Categories(file).Single(c => (string)c!["code"]! == "UTIL")!["children"]!.AsArray()
            .Add(new JsonObject { ["code"] = "UTIL-GAS", ["mn"] = "Хий", ["en"] = "Gas", ["org"] = "MOEN" }));

        var added = await SeedAsync(upgrade.Build());

        Assert.Equal(0, added);
        await using var check = _database.CreateDbContext();
        var gas = await check.Topics.SingleAsync(t => t.Code == "UTIL-GAS");
        Assert.Equal("Gas supply", gas.NameEn);
        Assert.Null(gas.DefaultOrganisationId);
    }

    [Fact]
    public async Task Seed_UpgradeShipsASubtopicOfATopicTheAdministratorDeleted_DoesNotAddItAsATopLevelTopic()
    {
        await SeedAsync();
        await DeleteTopicsAsync("OTHER-OTHER", "OTHER");
        var upgrade = new ReferenceFileCopy().Change(ReferenceFiles.CategoriesFileName, file => Categories(file).Single(c => (string)c!["code"]! == "OTHER")!["children"]!.AsArray()
            .Add(new JsonObject { ["code"] = "OTHER-NEW", ["mn"] = "Шинэ", ["en"] = "New" }));

        var added = await SeedAsync(upgrade.Build());

        Assert.Equal(0, added);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Topics.AnyAsync(t => t.Code == "OTHER-NEW" || t.Code == "OTHER"));
    }

    [Fact]
    public async Task Seed_FileListsAChildBeforeItsParent_SeedsEachUnderItsParent()
    {
        var files = new ReferenceFileCopy().Change(ReferenceFiles.OrganisationsFileName, file =>
        {
            // A police unit under GPD, which is itself under MOJI: two levels below a ministry, listed first.
            Organisations(file).Insert(0, OrganisationEntry("GPD-UB", "agency", "GPD"));
        });

        await SeedAsync(files.Build());

        await using var db = _database.CreateDbContext();
        var unit = await db.Organisations.Include(o => o.Parent!).ThenInclude(p => p.Parent).SingleAsync(o => o.Code == "GPD-UB");
        Assert.Equal("GPD", unit.Parent?.Code);
        Assert.Equal("MOJI", unit.Parent?.Parent?.Code);
    }

    [Fact]
    public async Task Seed_FileNamesAnUnknownParent_ThrowsNamingItAndSavesNothing()
    {
        var files = new ReferenceFileCopy().Change(ReferenceFiles.OrganisationsFileName, file => Organisations(file).Add(OrganisationEntry("ORPHAN", "agency", "NOSUCH")));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => SeedAsync(files.Build()));

        Assert.Contains("NOSUCH", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new Counts(0, 0, 0, 0, 0, 0), await CountsAsync());
    }

    private static JsonArray Organisations(JsonObject file) => file["organizations"]!.AsArray();

    private static JsonArray Categories(JsonObject file) => file["categories"]!.AsArray();

    private static JsonObject OrganisationEntry(string code, string kind, string parent) =>
        new() { ["code"] = code, ["kind"] = kind, ["mn"] = code + " газар", ["en"] = code + " office", ["parent"] = parent };

    private async Task<int> SeedAsync(ReferenceFiles? files = null)
    {
        await using var db = _database.CreateDbContext();
        return await new ReferenceDataSeeder(db, _clock, files).SeedAsync();
    }

    private async Task DeleteTopicsAsync(params string[] codes)
    {
        await using var db = _database.CreateDbContext();
        foreach (var code in codes)
        {
            db.Topics.Remove(await db.Topics.SingleAsync(t => t.Code == code));
            await db.SaveChangesAsync();
        }
    }

    private async Task<Counts> CountsAsync()
    {
        await using var db = _database.CreateDbContext();
        return new Counts(
            await db.Regions.CountAsync(),
            await db.Organisations.CountAsync(),
            await db.Topics.CountAsync(),
            await db.RecurringHolidays.CountAsync(),
            await db.CalendarDays.CountAsync(),
            await db.SeededItems.CountAsync());
    }

    private sealed record Counts(int Regions, int Organisations, int Topics, int RecurringHolidays, int CalendarDays, int SeededItems);
}

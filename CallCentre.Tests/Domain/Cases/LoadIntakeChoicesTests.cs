using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Regions;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Cases;

public sealed class LoadIntakeChoicesTests : IAsyncLifetime
{
    private SeededDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SeededDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Load_OffersOnlySecondLevelTopics_WithTheirParentsName()
    {
        var choices = await new LoadIntakeChoices(_database.Database).RunAsync(Actor.System);

        var water = Assert.Single(choices.Topics, t => t.NameEn == "Water and sewerage");
        Assert.Equal("Utilities › Water and sewerage", water.Path(Language.English));
        Assert.Equal("Нийтийн аж ахуй › Ус, ариутгах татуурга", water.Path(Language.Mongolian));
        var parentId = await _database.TopicIdAsync("UTIL");
        Assert.DoesNotContain(choices.Topics, t => t.Id == parentId);
    }

    [Fact]
    public async Task Load_OffersTheCapitalFirstAndItsDistrictsUnderIt()
    {
        var bayanzurkh = await _database.RegionIdAsync("UB-BZ");

        var choices = await new LoadIntakeChoices(_database.Database).RunAsync(Actor.System);

        var capital = choices.Regions.First();
        Assert.Equal(RegionKind.Capital, capital.Kind);
        Assert.All(choices.Regions, r => Assert.Contains(r.Kind, new[] { RegionKind.Capital, RegionKind.Aimag }));
        var districts = choices.DistrictsOf(capital.Id).ToList();
        Assert.Equal(9, districts.Count);
        Assert.Contains(districts, d => d.Id == bayanzurkh);
        Assert.Empty(choices.DistrictsOf(null));
    }
}

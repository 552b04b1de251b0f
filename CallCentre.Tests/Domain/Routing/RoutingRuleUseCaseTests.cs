using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Regions;
using CallCentre.Domain.Routing;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Routing;

public sealed class RoutingRuleUseCaseTests : IAsyncLifetime
{
    private SeededDatabase _database = null!;
    private Actor _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _admin = await _database.AddActorAsync(Roles.Administrator);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SaveRoutingRule Save => new(_database.Database);

    private async Task<SaveRoutingRuleInput> InputAsync(string topic = "UTIL-WATER", string? place = "MN-1", string organisation = "CGO") => new(
        null,
        await _database.TopicIdAsync(topic),
        place is null ? null : await _database.RegionIdAsync(place),
        await _database.OrganisationIdAsync(organisation));

    private async Task<RouteProposal?> ProposeAsync(string topic, string region, string? district) =>
        await new ProposeRoute(_database.Database).RunAsync(new ProposeRouteInput(await _database.TopicIdAsync(topic), await _database.RegionIdAsync(region), district is null ? null : await _database.RegionIdAsync(district)), Actor.System);

    [Fact]
    public async Task Save_RuleForARegion_ChangesWhatTheRouterProposes()
    {
        Assert.Equal(new RouteProposal(await _database.OrganisationIdAsync("USUG"), RouteReason.TopicDefault), await ProposeAsync("UTIL-WATER", "MN-1", "UB-BZ"));

        var result = await Save.RunAsync(await InputAsync(), _admin);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(new RouteProposal(await _database.OrganisationIdAsync("CGO"), RouteReason.RuleForRegion), await ProposeAsync("UTIL-WATER", "MN-1", "UB-BZ"));
    }

    [Fact]
    public async Task Save_EditedRule_MovesToTheNewPlaceAndOrganisation()
    {
        var saved = await Save.RunAsync(await InputAsync(), _admin);

        var edited = await Save.RunAsync(await InputAsync(place: "UB-BZ", organisation: "GOV-UB-BZ") with { RuleId = saved.Value }, _admin);

        Assert.True(edited.Succeeded, string.Join(", ", edited.Errors));
        Assert.Equal(saved.Value, edited.Value);
        Assert.Equal(new RouteProposal(await _database.OrganisationIdAsync("GOV-UB-BZ"), RouteReason.RuleForDistrict), await ProposeAsync("UTIL-WATER", "MN-1", "UB-BZ"));
        Assert.Equal(RouteReason.TopicDefault, (await ProposeAsync("UTIL-WATER", "MN-1", "UB-SB"))!.Reason);
    }

    [Fact]
    public async Task Save_EditingOnlyTheOrganisation_IsNotADuplicateOfItself()
    {
        var saved = await Save.RunAsync(await InputAsync(), _admin);

        var edited = await Save.RunAsync(await InputAsync(organisation: "MPSC") with { RuleId = saved.Value }, _admin);

        Assert.True(edited.Succeeded, string.Join(", ", edited.Errors));
    }

    [Fact]
    public async Task Save_SecondRuleForTheSameTopicAndPlace_IsRefused()
    {
        await Save.RunAsync(await InputAsync(), _admin);

        var result = await Save.RunAsync(await InputAsync(organisation: "MPSC"), _admin);

        Assert.Equal("Routing.Duplicate", result.Errors["RegionId"]);
        await AssertRuleCountAsync(1);
    }

    [Fact]
    public async Task Save_SecondTopicWideRuleForTheSameTopic_IsRefused()
    {
        var first = await Save.RunAsync(await InputAsync(place: null), _admin);

        var second = await Save.RunAsync(await InputAsync(place: null, organisation: "MPSC"), _admin);

        Assert.True(first.Succeeded);
        Assert.Equal("Routing.Duplicate", second.Errors["RegionId"]);
        await AssertRuleCountAsync(1);
    }

    [Fact]
    public async Task Save_EditThatWouldCollideWithAnotherRule_IsRefused()
    {
        await Save.RunAsync(await InputAsync(place: null), _admin);
        var regional = await Save.RunAsync(await InputAsync(), _admin);

        var result = await Save.RunAsync(await InputAsync(place: null) with { RuleId = regional.Value }, _admin);

        Assert.Equal("Routing.Duplicate", result.Errors["RegionId"]);
    }

    [Fact]
    public async Task Save_FirstLevelTopic_IsRefusedAtTheTopic()
    {
        var result = await Save.RunAsync(await InputAsync(topic: "UTIL"), _admin);

        Assert.Equal("Routing.TopicFirstLevel", result.Errors["TopicId"]);
        await AssertRuleCountAsync(0);
    }

    [Fact]
    public async Task Save_UnknownOrMissingTopic_IsRefusedAtTheTopic()
    {
        var unknown = await Save.RunAsync(await InputAsync() with { TopicId = 987654 }, _admin);
        var missing = await Save.RunAsync(await InputAsync() with { TopicId = null }, _admin);

        Assert.Equal("Routing.TopicUnknown", unknown.Errors["TopicId"]);
        Assert.Equal("Routing.TopicRequired", missing.Errors["TopicId"]);
        await AssertRuleCountAsync(0);
    }

    [Fact]
    public async Task Save_PlaceThatIsNotARegion_IsRefusedAtThePlace()
    {
        var result = await Save.RunAsync(await InputAsync() with { RegionId = 987654 }, _admin);

        Assert.Equal("Routing.PlaceUnknown", result.Errors["RegionId"]);
        await AssertRuleCountAsync(0);
    }

    [Fact]
    public async Task Save_PlaceBelowTheDistrictLevel_IsRefusedAtThePlace()
    {
        int khorooId;
        await using (var db = _database.CreateDbContext())
        {
            var district = await db.Regions.SingleAsync(r => r.Code == "UB-BZ");
            var khoroo = new Region("UB-BZ-01", "1-р хороо", "Khoroo 1", RegionKind.Khoroo, district);
            db.Regions.Add(khoroo);
            await db.SaveChangesAsync();
            khorooId = khoroo.Id;
        }

        var result = await Save.RunAsync(await InputAsync() with { RegionId = khorooId }, _admin);

        Assert.Equal("Routing.PlaceUnknown", result.Errors["RegionId"]);
    }

    [Fact]
    public async Task Save_UnknownOrMissingOrganisation_IsRefusedAtTheOrganisation()
    {
        var unknown = await Save.RunAsync(await InputAsync() with { OrganisationId = 987654 }, _admin);
        var missing = await Save.RunAsync(await InputAsync() with { OrganisationId = null }, _admin);

        Assert.Equal("Routing.OrganisationUnknown", unknown.Errors["OrganisationId"]);
        Assert.Equal("Routing.OrganisationRequired", missing.Errors["OrganisationId"]);
        await AssertRuleCountAsync(0);
    }

    [Fact]
    public async Task Save_InactiveOrganisation_IsRefusedAtTheOrganisation()
    {
        await using (var db = _database.CreateDbContext())
        {
            (await db.Organisations.SingleAsync(o => o.Code == "MPSC")).Deactivate();
            await db.SaveChangesAsync();
        }

        var result = await Save.RunAsync(await InputAsync(organisation: "MPSC"), _admin);

        Assert.Equal("Routing.OrganisationUnknown", result.Errors["OrganisationId"]);
        await AssertRuleCountAsync(0);
    }

    [Fact]
    public async Task Save_RuleThatNoLongerExists_IsRefused()
    {
        var result = await Save.RunAsync(await InputAsync() with { RuleId = 987654 }, _admin);

        Assert.Equal("Routing.RuleNotFound", result.Errors["RuleId"]);
        await AssertRuleCountAsync(0);
    }

    [Theory]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Auditor)]
    public async Task SaveAndDelete_ByAnyoneButAnAdministrator_Throw(string role)
    {
        var actor = await _database.AddActorAsync(role, role is Roles.Operator or Roles.Supervisor ? "CC1111" : null);
        var saved = await Save.RunAsync(await InputAsync(), _admin);

        var save = await Assert.ThrowsAsync<DomainException>(async () => await Save.RunAsync(await InputAsync(place: null), actor));
        var delete = await Assert.ThrowsAsync<DomainException>(() => new DeleteRoutingRule(_database.Database).RunAsync(new DeleteRoutingRuleInput(saved.Value), actor));

        Assert.Equal("Routing.NotAllowedForRole", save.MessageKey);
        Assert.Equal("Routing.NotAllowedForRole", delete.MessageKey);
        await AssertRuleCountAsync(1);
    }

    [Fact]
    public async Task Delete_Rule_LetsTheRouterFallBackToTheTopicDefault()
    {
        var saved = await Save.RunAsync(await InputAsync(), _admin);

        var removed = await new DeleteRoutingRule(_database.Database).RunAsync(new DeleteRoutingRuleInput(saved.Value), _admin);
        var again = await new DeleteRoutingRule(_database.Database).RunAsync(new DeleteRoutingRuleInput(saved.Value), _admin);

        Assert.True(removed);
        Assert.False(again);
        Assert.Equal(RouteReason.TopicDefault, (await ProposeAsync("UTIL-WATER", "MN-1", "UB-BZ"))!.Reason);
    }

    [Fact]
    public async Task List_NamesTopicPlaceAndOrganisationInTheChosenLanguage()
    {
        await Save.RunAsync(await InputAsync(place: "UB-BZ", organisation: "GOV-UB-BZ"), _admin);
        await Save.RunAsync(await InputAsync(topic: "TRAN-BUS", place: null, organisation: "PTA"), _admin);

        var english = await new ListRoutingRules(_database.Database).RunAsync(new ListRoutingRulesInput(Language.English), Actor.System);
        var mongolian = await new ListRoutingRules(_database.Database).RunAsync(new ListRoutingRulesInput(Language.Mongolian), Actor.System);

        Assert.Contains(english, r => r.TopicName == "Utilities › Water and sewerage" && r.PlaceName == "Ulaanbaatar › Bayanzürkh" && r.OrganisationName == "Bayanzürkh District Governor's Office");
        Assert.Contains(english, r => r.TopicName == "Transport and roads › Public transport" && r.PlaceName is null && r.OrganisationName == "Public Transport Authority of Ulaanbaatar");
        Assert.Contains(mongolian, r => r.TopicName == "Нийтийн аж ахуй › Ус, ариутгах татуурга" && r.PlaceName == "Улаанбаатар › Баянзүрх");
    }

    [Fact]
    public async Task Choices_OfferOnlySecondLevelTopicsAndRoutablePlaces()
    {
        var choices = await new ListRoutingChoices(_database.Database).RunAsync(new ListRoutingChoicesInput(Language.English), Actor.System);

        Assert.Contains(choices.Topics, t => t.Name == "Utilities › Water and sewerage");
        Assert.DoesNotContain(choices.Topics, t => t.Name == "Utilities");
        Assert.Contains(choices.Places, p => p.Name == "Ulaanbaatar");
        Assert.Contains(choices.Places, p => p.Name == "Ulaanbaatar › Bayanzürkh");
        Assert.Contains(choices.Organisations, o => o.Name == "Capital City Governor's Office");
    }

    [Fact]
    public async Task Preview_ForADistrict_ShowsTheDistrictRuleAndForAnotherDistrictTheDefault()
    {
        await Save.RunAsync(await InputAsync(place: "UB-BZ", organisation: "GOV-UB-BZ"), _admin);
        var preview = new PreviewRoute(_database.Database);
        var topic = await _database.TopicIdAsync("UTIL-WATER");

        var bayanzurkh = await preview.RunAsync(new PreviewRouteInput(topic, await _database.RegionIdAsync("UB-BZ"), Language.English), Actor.System);
        var sukhbaatar = await preview.RunAsync(new PreviewRouteInput(topic, await _database.RegionIdAsync("UB-SB"), Language.English), Actor.System);
        var anywhere = await preview.RunAsync(new PreviewRouteInput(topic, null, Language.English), Actor.System);

        Assert.Equal(new RoutePreview(await _database.OrganisationIdAsync("GOV-UB-BZ"), "Bayanzürkh District Governor's Office", RouteReason.RuleForDistrict), bayanzurkh);
        Assert.Equal(RouteReason.TopicDefault, sukhbaatar!.Reason);
        Assert.Equal(await _database.OrganisationIdAsync("USUG"), anywhere!.OrganisationId);
    }

    private async Task AssertRuleCountAsync(int expected)
    {
        await using var db = _database.CreateDbContext();
        Assert.Equal(expected, await db.RoutingRules.CountAsync());
    }
}

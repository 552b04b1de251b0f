using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Cases;

public sealed class FindPossibleDuplicatesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private CallRegistrar _calls = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        _calls = new CallRegistrar(_database, _clock, _operator);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private FindPossibleDuplicates Query => new(_database.Database, _clock);

    private async Task<FindPossibleDuplicatesInput> QueryForAsync(string? phone, string? topic = null, string? region = null, string? district = null) => new(
        phone,
        topic is null ? null : await _database.TopicIdAsync(topic),
        region is null ? null : await _database.RegionIdAsync(region),
        district is null ? null : await _database.RegionIdAsync(district));

    [Fact]
    public async Task Find_SameCallerWithinTheWindow_IsFoundWhateverTheFormat()
    {
        var recent = await _calls.RegisterAsync("99112233", topic: "TRAN-BUS");

        var found = await Query.RunAsync(await QueryForAsync("+976 9911-2233", "UTIL-HEAT", "MN-073"), _operator);

        var duplicate = Assert.Single(found);
        Assert.Equal(recent.Reference, duplicate.Reference);
        Assert.True(duplicate.SameCaller);
        Assert.False(duplicate.SameTopicAndPlace);
    }

    [Fact]
    public async Task Find_SameCallerOlderThanTheWindow_IsNotFound()
    {
        await _calls.RegisterAsync("99112233");
        _clock.Advance(TimeSpan.FromDays(FindPossibleDuplicates.WindowDays) + TimeSpan.FromMinutes(1));

        Assert.Empty(await Query.RunAsync(await QueryForAsync("99112233"), _operator));
    }

    [Fact]
    public async Task Find_SameTopicAndDistrictFromAnotherCaller_IsFound_ButNotFromAnotherDistrict()
    {
        var sameDistrict = await _calls.RegisterAsync("88001122", "UTIL-WATER", "MN-1", "UB-BZ");
        await _calls.RegisterAsync("88001133", "UTIL-WATER", "MN-1", "UB-BG");
        await _calls.RegisterAsync("88001144", "UTIL-HEAT", "MN-1", "UB-BZ");

        var found = await Query.RunAsync(await QueryForAsync("99112233", "UTIL-WATER", "MN-1", "UB-BZ"), _operator);

        var duplicate = Assert.Single(found);
        Assert.Equal(sameDistrict.Reference, duplicate.Reference);
        Assert.True(duplicate.SameTopicAndPlace);
        Assert.False(duplicate.SameCaller);
    }

    [Fact]
    public async Task Find_SameTopicWithoutDistrict_MatchesTheRegion()
    {
        var sameRegion = await _calls.RegisterAsync("88001122", "UTIL-WATER", "MN-073", null);
        await _calls.RegisterAsync("88001133", "UTIL-WATER", "MN-1", null);

        var found = await Query.RunAsync(await QueryForAsync(null, "UTIL-WATER", "MN-073"), _operator);

        Assert.Equal(sameRegion.Reference, Assert.Single(found).Reference);
    }

    [Fact]
    public async Task Find_SameCallerAndSameTopicAndPlace_SaysBoth()
    {
        await _calls.RegisterAsync("99112233", "UTIL-WATER", "MN-1", "UB-BZ");

        var duplicate = Assert.Single(await Query.RunAsync(await QueryForAsync("99112233", "UTIL-WATER", "MN-1", "UB-BZ"), _operator));

        Assert.True(duplicate.SameCaller);
        Assert.True(duplicate.SameTopicAndPlace);
    }

    [Fact]
    public async Task Find_TopicWithoutPlaceAndNoPhone_LooksForNothing()
    {
        await _calls.RegisterAsync("99112233", "UTIL-WATER", null, null);

        Assert.Empty(await Query.RunAsync(await QueryForAsync(null, "UTIL-WATER"), _operator));
    }

    [Fact]
    public async Task Find_ByAnAgencyOfficer_Throws()
    {
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");

        await Assert.ThrowsAsync<DomainException>(async () => await Query.RunAsync(await QueryForAsync("99112233"), officer));
    }
}

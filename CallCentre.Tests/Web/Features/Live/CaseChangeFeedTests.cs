using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCentre.Tests.Web.Features.Live;

/// <summary>The feed hands each subscriber only the changes of cases within their view, decided on the server.</summary>
public sealed class CaseChangeFeedTests : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 3, 2, 4, 0, 0, DateTimeKind.Utc);
    private readonly CaseChangeFeed _feed = new(NullLogger<CaseChangeFeed>.Instance);
    private SeededDatabase _database = null!;
    private int _usug;
    private int _usugUnit;
    private int _gpd;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _usugUnit = await _database.AddUnitAsync("USUG", "USUG-EAST");
        _usug = await _database.OrganisationIdAsync("USUG");
        _gpd = await _database.OrganisationIdAsync("GPD");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AgencyStaff_HearOfTheirOrganisationsAndUnitsCases_NotOfAnotherOrganisations()
    {
        var heard = await SubscribeAsync(Roles.AgencyOfficer, "USUG");

        _feed.Publish([Change(1, _gpd), Change(2, _usug), Change(3, _usugUnit), Change(4, null)]);

        Assert.Equal([2, 3], heard.Select(c => c.CaseId));
    }

    [Fact]
    public async Task ACaseRoutedAway_TellsTheOldOrganisationItLeft_NotWhereItWent()
    {
        var usugHeard = await SubscribeAsync(Roles.AgencyHead, "USUG");
        var gpdHeard = await SubscribeAsync(Roles.AgencyOfficer, "GPD");

        _feed.Publish([Change(7, _gpd, previous: _usug)]);

        Assert.Equal([Change(7, null, previous: _usug)], usugHeard);
        Assert.Equal([Change(7, _gpd)], gpdHeard);
    }

    [Theory]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Supervisor)]
    public async Task CallCentreStaff_HearOfEveryCase(string role)
    {
        var heard = await SubscribeAsync(role, "CC1111");

        _feed.Publish([Change(1, _gpd), Change(2, _usug, previous: _gpd), Change(3, null)]);

        Assert.Equal([Change(1, _gpd), Change(2, _usug, previous: _gpd), Change(3, null)], heard);
    }

    [Fact]
    public async Task AUserWithoutACaseRole_HearsNothing()
    {
        var heard = await SubscribeAsync(Roles.AgencyOfficer, null);

        _feed.Publish([Change(1, _gpd), Change(2, _usug)]);

        Assert.Empty(heard);
    }

    [Fact]
    public async Task AfterDisposing_NothingMoreIsDelivered()
    {
        var heard = new List<CaseChanged>();
        var subscription = await SubscribeAsync(Roles.Supervisor, "CC1111", heard);

        _feed.Publish([Change(1, _usug)]);
        subscription.Dispose();
        _feed.Publish([Change(2, _usug)]);

        Assert.Equal([1], heard.Select(c => c.CaseId));
        Assert.Equal(0, _feed.SubscriberCount);
    }

    [Fact]
    public async Task ASubscriberThatThrows_DoesNotStopTheOthers()
    {
        var visibility = await VisibilityAsync(Roles.Supervisor, "CC1111");
        using var failing = _feed.Subscribe(visibility, _ => throw new InvalidOperationException("page gone"));
        var heard = await SubscribeAsync(Roles.Supervisor, "CC1111");

        _feed.Publish([Change(1, _usug)]);

        Assert.Single(heard);
    }

    private static CaseChanged Change(int caseId, int? organisationId, int? previous = null) =>
        new(caseId, organisationId, previous, CaseStatus.Assigned, At);

    private async Task<List<CaseChanged>> SubscribeAsync(string role, string? organisationCode)
    {
        var heard = new List<CaseChanged>();
        await SubscribeAsync(role, organisationCode, heard);
        return heard;
    }

    private async Task<IDisposable> SubscribeAsync(string role, string? organisationCode, List<CaseChanged> heard)
    {
        var visibility = await VisibilityAsync(role, organisationCode);
        return _feed.Subscribe(visibility, change =>
        {
            heard.Add(change);
            return Task.CompletedTask;
        });
    }

    private async Task<CaseVisibility> VisibilityAsync(string role, string? organisationCode)
    {
        var actor = await _database.AddActorAsync(role, organisationCode);
        await using var db = _database.CreateDbContext();
        return await CaseVisibility.ForAsync(db, actor);
    }
}

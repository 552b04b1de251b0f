using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Cases;

public sealed class FindCallerHistoryTests : IAsyncLifetime
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

    private FindCallerHistory Query => new(_database.Database);

    [Theory]
    [InlineData("99112233")]
    [InlineData("9911 2233")]
    [InlineData("+976 9911-2233")]
    [InlineData("00976 99 11 22 33")]
    [InlineData("(976) 9911.2233")]
    public async Task Find_PhoneTypedInAnyFormat_FindsTheCaller(string typed)
    {
        var earlier = await _calls.RegisterAsync("9911-2233");

        var history = await Query.RunAsync(new FindCallerHistoryInput(typed), _operator);

        Assert.Equal(earlier.Reference, Assert.Single(history).Reference);
    }

    [Fact]
    public async Task Find_ManyEarlierCases_ReturnsTheTenNewestFirstAndNoOtherCallers()
    {
        var references = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            references.Add((await _calls.RegisterAsync("+97688001122")).Reference!);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        await _calls.RegisterAsync("99112233");

        var history = await Query.RunAsync(new FindCallerHistoryInput("8800-1122"), _operator);

        Assert.Equal(FindCallerHistory.MaxEntries, history.Count);
        Assert.Equal(references.AsEnumerable().Reverse().Take(10), history.Select(h => h.Reference));
    }

    [Fact]
    public async Task Find_ShowsStatusTypeDateAndTheOrganisationItWentTo()
    {
        await _calls.RegisterAsync("99112233");

        var entry = Assert.Single(await Query.RunAsync(new FindCallerHistoryInput("99112233"), _operator));

        Assert.Equal(CaseStatus.Assigned, entry.Status);
        Assert.Equal(CaseType.Complaint, entry.Type);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, entry.RegisteredAtUtc);
        Assert.Equal(await _database.OrganisationIdAsync("USUG"), entry.OrganisationId);
        Assert.False(string.IsNullOrEmpty(entry.OrganisationName(Language.Mongolian)));
        Assert.NotEqual(entry.OrganisationName(Language.Mongolian), entry.OrganisationName(Language.English));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("9911")]
    [InlineData("12345678")]
    public async Task Find_PhoneThatDoesNotParse_FindsNothing(string? typed)
    {
        await _calls.RegisterAsync("99112233");
        await _calls.RegisterAsync(null, anonymous: true);

        Assert.Empty(await Query.RunAsync(new FindCallerHistoryInput(typed), _operator));
    }

    [Fact]
    public async Task Find_ByAnAgencyOfficer_Throws()
    {
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");

        await Assert.ThrowsAsync<DomainException>(() => Query.RunAsync(new FindCallerHistoryInput("99112233"), officer));
    }
}

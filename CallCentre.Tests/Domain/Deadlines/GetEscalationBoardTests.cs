using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Deadlines;

public sealed class GetEscalationBoardTests : IAsyncLifetime
{
    private static readonly DateTime Registered = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider _clock = new(Registered);
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _supervisor = null!;
    private Actor _secretariat = null!;
    private int _usug;
    private int _police;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddStaffAsync(Roles.Operator, "CC1111");
        _supervisor = await _database.AddStaffAsync(Roles.Supervisor, "CC1111");
        _secretariat = await _database.AddStaffAsync(Roles.Supervisor, "CABSEC");
        await _database.AddStaffAsync(Roles.AgencyHead, "USUG");
        _usug = await _database.OrganisationIdAsync("USUG");
        _police = await _database.OrganisationIdAsync("GPD");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<int> CaseAsync(string? organisation, DateTime respondBy)
    {
        var id = (await _database.RegisterAsync(_operator, _clock, new CaseSeeding.CallSpec { Organisation = organisation })).CaseId;
        await _database.StartClockAsync(id, Registered.AddDays(1), respondBy);
        return id;
    }

    private GetEscalationBoard Board() => new(_database.Database, _clock);

    [Fact]
    public async Task CountsOverdueAndEscalatedByOrganisation_OldestFirst_AndTheSecretariatSeesItsLevel()
    {
        var oldUsug = await CaseAsync(null, new DateTime(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc));
        await CaseAsync(null, new DateTime(2026, 12, 21, 2, 0, 0, DateTimeKind.Utc));
        await CaseAsync(null, new DateTime(2027, 3, 1, 2, 0, 0, DateTimeKind.Utc));
        var police = await CaseAsync("GPD", new DateTime(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc));

        // 12-22: every deadline but March passed; the oldest USUG case and the police one are past level 2 (5 working days).
        _clock.SetUtcNow(new DateTime(2026, 12, 22, 3, 0, 0, DateTimeKind.Utc));
        await new ScanDeadlines(_database.Database, _clock, Options.Create(new CalendarSettings())).RunAsync(new ScanDeadlinesInput("test"), Actor.System);

        var board = await Board().RunAsync(new EscalationBoardInput(_usug), _supervisor);

        Assert.True(board.Allowed);
        Assert.False(board.IsCabinetSecretariat);
        Assert.Equal(
            [(_police, 1, 1, 1), (_usug, 2, 2, 1)],
            board.Organisations.Select(o => (o.OrganisationId, o.Overdue, o.Level1, o.Level2)));
        Assert.Equal(oldUsug, board.Cases[0].Id);
        Assert.Equal([2, 1], board.Cases.Select(c => c.Level));
        Assert.Empty(board.SecretariatCases);

        var secretariat = await Board().RunAsync(new EscalationBoardInput(), _secretariat);
        Assert.True(secretariat.IsCabinetSecretariat);
        Assert.Equal([police, oldUsug], secretariat.SecretariatCases.Select(c => c.Id));
    }

    [Theory]
    [InlineData(Roles.AgencyHead)]
    [InlineData(Roles.AgencyOfficer)]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Auditor)]
    public async Task OthersAreRefused_AndLearnNothing(string role)
    {
        await CaseAsync(null, new DateTime(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc));
        _clock.SetUtcNow(new DateTime(2026, 12, 22, 3, 0, 0, DateTimeKind.Utc));
        var actor = await _database.AddStaffAsync(role, role.StartsWith("Agency", StringComparison.Ordinal) ? "USUG" : "CC1111");

        var board = await Board().RunAsync(new EscalationBoardInput(_usug), actor);

        Assert.False(board.Allowed);
        Assert.Empty(board.Organisations);
        Assert.Empty(board.Cases);
    }
}

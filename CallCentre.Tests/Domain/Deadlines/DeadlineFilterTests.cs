using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Deadlines;

/// <summary>"At risk" and "overdue" on the case list and in the inbox: running clocks only, and only among visible cases.</summary>
public sealed class DeadlineFilterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _waterOfficer = null!;
    private Actor _healthOfficer = null!;
    private int _overdue;
    private int _otherOrganisationOverdue;
    private int _paused;
    private int _answered;
    private int _atRisk;
    private int _onTime;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddStaffAsync(Roles.Operator, "CC1111");
        _waterOfficer = await _database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _healthOfficer = await _database.AddStaffAsync(Roles.AgencyOfficer, "MOH");

        // Day 0: all due on day 30.
        _overdue = await RegisterAsync();
        _otherOrganisationOverdue = await RegisterAsync("MOH");
        _paused = await RegisterAsync();
        await _database.MoveAsync(_clock, _waterOfficer, new AcknowledgeMove { CaseId = _paused });
        await _database.MoveAsync(_clock, _waterOfficer, new AskCitizenMove { CaseId = _paused, Question = "Аль байр вэ?" });
        _answered = await RegisterAsync();
        await _database.MoveAsync(_clock, _waterOfficer, new AcknowledgeMove { CaseId = _answered });
        await _database.MoveAsync(_clock, _waterOfficer, new RespondMove { CaseId = _answered, Text = "Засав.", Resolution = Resolution.Resolved });

        // Day 6: due on day 36; day 31: due on day 61. "Now" is day 32.
        _clock.SetUtcNow(Start.AddDays(6));
        _atRisk = await RegisterAsync();
        _clock.SetUtcNow(Start.AddDays(31));
        _onTime = await RegisterAsync();
        _clock.SetUtcNow(Start.AddDays(32));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<int> RegisterAsync(string? organisation = null) =>
        (await _database.RegisterAsync(_operator, _clock, new CaseSeeding.CallSpec { Organisation = organisation })).CaseId;

    private async Task<IReadOnlyList<int>> FindAsync(DeadlineFilter filter, Actor actor) =>
        (await new SearchCases(_database.Database, _clock).RunAsync(new SearchCasesInput { Deadline = filter, DueSoonDays = 5 }, actor)).Rows.Select(r => r.Id).Order().ToList();

    [Fact]
    public async Task Overdue_IsOpenUnpausedCasesPastTheirDeadline()
    {
        Assert.Equal(new[] { _overdue, _otherOrganisationOverdue }.Order(), await FindAsync(DeadlineFilter.Overdue, _operator));
    }

    [Fact]
    public async Task AtRisk_IsRunningCasesDueWithinTheDueSoonDays()
    {
        Assert.Equal([_atRisk], await FindAsync(DeadlineFilter.AtRisk, _operator));
        Assert.DoesNotContain(_onTime, await FindAsync(DeadlineFilter.AtRisk, _operator));
        Assert.DoesNotContain(_paused, await FindAsync(DeadlineFilter.AtRisk, _operator));
        Assert.DoesNotContain(_answered, await FindAsync(DeadlineFilter.Overdue, _operator));
    }

    [Fact]
    public async Task Overdue_ForAnAgency_NeverReturnsAnotherOrganisationsCase()
    {
        Assert.Equal([_overdue], await FindAsync(DeadlineFilter.Overdue, _waterOfficer));
        Assert.Equal([_otherOrganisationOverdue], await FindAsync(DeadlineFilter.Overdue, _healthOfficer));
    }

    [Fact]
    public async Task Inbox_CountsAPausedCaseNeitherOverdueNorDueSoon()
    {
        var inbox = new GetInbox(_database.Database, _clock);

        var overdue = await inbox.RunAsync(new GetInboxInput { Group = InboxGroup.Overdue, DueSoonDays = 5 }, _waterOfficer);
        var dueSoon = await inbox.RunAsync(new GetInboxInput { Group = InboxGroup.DueSoon, DueSoonDays = 5 }, _waterOfficer);

        Assert.Equal([_overdue], overdue.Rows.Select(r => r.Id));
        Assert.Equal(1, overdue.CountOf(InboxGroup.Overdue));
        Assert.Equal([_atRisk], dueSoon.Rows.Select(r => r.Id));
        Assert.Equal(1, dueSoon.CountOf(InboxGroup.DueSoon));
        Assert.Equal(1, overdue.CountOf(InboxGroup.AwaitingCitizen));
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Inbox;

/// <summary>An organisation's open cases by what needs doing, counted and paged, and nothing of anyone else's.</summary>
public sealed class GetInboxTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _officer = null!;
    private Actor _head = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        _officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddActorAsync(Roles.AgencyHead, "USUG");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private GetInbox Inbox => new(_database.Database, _clock);

    [Fact]
    public async Task Counts_EachGroupOfTheOrganisationsOpenCases()
    {
        await RegisterAsync();
        var acknowledged = await RegisterAsync();
        var asked = await RegisterAsync();
        var responded = await RegisterAsync();
        await ActAsync(acknowledged, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));
        await ActAsync(asked, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));
        await ActAsync(asked, _officer, (c, v, now) => c.AskCitizen("Хаягаа хэлнэ үү", _officer, v, now));
        await ActAsync(responded, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));
        await ActAsync(responded, _officer, (c, v, now) => c.Respond("Засав", Resolution.Resolved, _officer, v, now));

        var result = await Inbox.RunAsync(new GetInboxInput(), _officer);

        Assert.Equal(1, result.CountOf(InboxGroup.ToAcknowledge));
        Assert.Equal(1, result.CountOf(InboxGroup.InProgress));
        Assert.Equal(1, result.CountOf(InboxGroup.AwaitingCitizen));
        Assert.Equal(0, result.CountOf(InboxGroup.DueSoon));
        Assert.Equal(0, result.CountOf(InboxGroup.Overdue));
        Assert.Equal(0, result.CountOf(InboxGroup.Reopened));
    }

    [Fact]
    public async Task DueSoonAndOverdue_FollowTheRespondByDeadline()
    {
        var early = await RegisterAsync();
        _clock.Advance(TimeSpan.FromDays(10));
        var later = await RegisterAsync();
        _clock.Advance(TimeSpan.FromDays(26));

        var overdue = await Inbox.RunAsync(new GetInboxInput { Group = InboxGroup.Overdue }, _officer);
        var dueSoon = await Inbox.RunAsync(new GetInboxInput { Group = InboxGroup.DueSoon }, _officer);
        var notSoonYet = await Inbox.RunAsync(new GetInboxInput { Group = InboxGroup.DueSoon, DueSoonDays = 3 }, _officer);

        Assert.Equal([early], overdue.Rows.Select(r => r.Id));
        Assert.Equal(1, overdue.CountOf(InboxGroup.Overdue));
        Assert.Equal([later], dueSoon.Rows.Select(r => r.Id));
        Assert.Equal(1, dueSoon.CountOf(InboxGroup.DueSoon));
        Assert.Empty(notSoonYet.Rows);
    }

    [Fact]
    public async Task ReopenedByTheCitizen_IsItsOwnGroupWhileOpen()
    {
        var disputed = await RegisterAsync();
        await ActAsync(disputed, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));
        await ActAsync(disputed, _officer, (c, v, now) => c.Respond("Засав", Resolution.Resolved, _officer, v, now));
        await ActAsync(disputed, _operator, (c, v, now) => c.Reopen("Ус одоо ч алга", CaseBuilder.Clock, _operator, v, now));

        var result = await Inbox.RunAsync(new GetInboxInput { Group = InboxGroup.Reopened }, _officer);

        var row = Assert.Single(result.Rows);
        Assert.Equal(disputed, row.Id);
        Assert.Equal(1, row.ReopenCount);
        Assert.Equal(1, result.CountOf(InboxGroup.InProgress));
    }

    [Fact]
    public async Task Mine_HoldsOnlyTheCasesAssignedToTheOfficer()
    {
        var mine = await RegisterAsync();
        await RegisterAsync();
        await ActAsync(mine, _head, (c, v, now) => c.AssignOfficer(_officer.UserId, _officer.DisplayName, _head, v, now));

        var result = await Inbox.RunAsync(new GetInboxInput { Scope = InboxScope.Mine }, _officer);
        var organisation = await Inbox.RunAsync(new GetInboxInput(), _officer);

        var row = Assert.Single(result.Rows);
        Assert.Equal(mine, row.Id);
        Assert.Equal(_officer.DisplayName, row.Officer);
        Assert.Equal(1, result.CountOf(InboxGroup.ToAcknowledge));
        Assert.Equal(2, organisation.CountOf(InboxGroup.ToAcknowledge));
    }

    [Fact]
    public async Task AnotherOrganisationsCases_AppearInNoRowAndNoCount()
    {
        await RegisterAsync();
        var police = await RegisterAsync(new() { Topic = "ORDER-POLICE" });
        _clock.Advance(TimeSpan.FromDays(40));
        var gpdOfficer = await _database.AddActorAsync(Roles.AgencyOfficer, "GPD");

        foreach (var group in InboxResult.Groups)
        {
            var usug = await Inbox.RunAsync(new GetInboxInput { Group = group }, _officer);
            var gpd = await Inbox.RunAsync(new GetInboxInput { Group = group }, gpdOfficer);

            Assert.DoesNotContain(usug.Rows, r => r.Id == police);
            Assert.All(gpd.Rows, r => Assert.Equal(police, r.Id));
        }

        var usugCounts = await Inbox.RunAsync(new GetInboxInput(), _officer);
        Assert.Equal(1, usugCounts.CountOf(InboxGroup.ToAcknowledge));
        Assert.Equal(1, usugCounts.CountOf(InboxGroup.Overdue));
    }

    [Fact]
    public async Task TheHeadOfAParent_SeesItsUnitsCases()
    {
        await _database.AddUnitAsync("USUG", "USUG-EAST");
        var unitCase = await RegisterAsync(new() { Organisation = "USUG-EAST" });

        var result = await Inbox.RunAsync(new GetInboxInput(), _head);

        Assert.Equal([unitCase], result.Rows.Select(r => r.Id));
        Assert.Equal("USUG-EAST unit", (await Inbox.RunAsync(new GetInboxInput { Language = Language.English }, _head)).Rows[0].Organisation);
    }

    [Theory]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Administrator)]
    public async Task StaffWhoAreNotAnAgencys_HaveNoInbox(string role)
    {
        await RegisterAsync();
        var actor = await _database.AddActorAsync(role, role == Roles.Operator || role == Roles.Supervisor ? "CC1111" : null);

        var result = await Inbox.RunAsync(new GetInboxInput(), actor);

        Assert.Empty(result.Rows);
        Assert.All(InboxResult.Groups, g => Assert.Equal(0, result.CountOf(g)));
    }

    [Fact]
    public async Task Pages_NearestDeadlineFirst()
    {
        var first = await RegisterAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        var second = await RegisterAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        var third = await RegisterAsync();

        var page1 = await Inbox.RunAsync(new GetInboxInput { PageSize = 2 }, _officer);
        var page2 = await Inbox.RunAsync(new GetInboxInput { PageSize = 2, Page = 1 }, _officer);

        Assert.Equal([first, second], page1.Rows.Select(r => r.Id));
        Assert.Equal([third], page2.Rows.Select(r => r.Id));
        Assert.Equal(3, page2.CountOf(InboxGroup.ToAcknowledge));
    }

    private async Task<int> RegisterAsync(CaseSeeding.CallSpec? spec = null) =>
        (await _database.RegisterAsync(_operator, _clock, spec)).CaseId;

    private Task ActAsync(int caseId, Actor actor, Action<Case, CaseVisibility, DateTime> act) =>
        _database.ActAsync(caseId, actor, _clock, act);
}

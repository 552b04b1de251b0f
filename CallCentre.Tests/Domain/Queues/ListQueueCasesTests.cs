using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Queues;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Queues;

/// <summary>The supervisors' queues: what waits on them, longest first, with why; and nobody else's business.</summary>
public sealed class ListQueueCasesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _supervisor = null!;
    private Actor _officer = null!;
    private Actor _head = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        _supervisor = await _database.AddActorAsync(Roles.Supervisor, "CC1111");
        _officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddActorAsync(Roles.AgencyHead, "USUG");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private ListQueueCases Queues => new(_database.Database, _clock);

    [Fact]
    public async Task Returned_ListsReturnedCasesOldestFirst_WithTheReason_UntilReRouted()
    {
        var first = await RegisterAsync();
        await RegisterAsync();
        var second = await RegisterAsync();
        await ActAsync(second, _officer, (c, v, now) => c.Return("Дулааны асуудал, манайх биш", _officer, v, now));
        _clock.Advance(TimeSpan.FromHours(1));
        await ActAsync(first, _officer, (c, v, now) => c.Return("Цахилгааны асуудал", _officer, v, now));

        var result = await Queues.RunAsync(new ListQueueCasesInput { Language = Language.English }, _supervisor);

        Assert.Equal([second, first], result.Rows.Select(r => r.Id));
        Assert.Equal("Дулааны асуудал, манайх биш", result.Rows[0].Reason);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddHours(-1), result.Rows[0].WaitingSinceUtc);
        Assert.NotNull(result.Rows[0].Organisation);
        Assert.Equal(2, result.CountOf(QueueKind.Returned));

        var gpd = await _database.OrganisationIdAsync("GPD");
        await ActAsync(second, _supervisor, (c, v, now) => c.Reroute(gpd, CaseBuilder.Clock, _supervisor, v, now));

        var after = await Queues.RunAsync(new ListQueueCasesInput(), _supervisor);
        Assert.Equal([first], after.Rows.Select(r => r.Id));
        Assert.Equal(1, after.CountOf(QueueKind.Returned));
    }

    [Fact]
    public async Task Disputed_HoldsReopenedCasesUntilAnsweredAgain()
    {
        var disputed = await RegisterAsync();
        await ActAsync(disputed, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));
        await ActAsync(disputed, _officer, (c, v, now) => c.Respond("Засав", Resolution.Resolved, _officer, v, now));
        await ActAsync(disputed, _operator, (c, v, now) => c.Reopen("Ус одоо ч алга", CaseBuilder.Clock, _operator, v, now));

        var open = await Queues.RunAsync(new ListQueueCasesInput { Queue = QueueKind.Disputed }, _supervisor);

        var row = Assert.Single(open.Rows);
        Assert.Equal(disputed, row.Id);
        Assert.Equal("Ус одоо ч алга", row.Reason);
        Assert.Equal(1, open.CountOf(QueueKind.Disputed));

        await ActAsync(disputed, _officer, (c, v, now) => c.Respond("Дахин засав", Resolution.Resolved, _officer, v, now));

        var answered = await Queues.RunAsync(new ListQueueCasesInput { Queue = QueueKind.Disputed }, _supervisor);
        Assert.Empty(answered.Rows);
        Assert.Equal(0, answered.CountOf(QueueKind.Disputed));
    }

    [Fact]
    public async Task ExtensionsPending_ShowOnlyOnceLeftLongerThanTheSetting()
    {
        var asked = await RegisterAsync();
        await ActAsync(asked, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));
        await ActAsync(asked, _officer, (c, v, now) => c.RequestExtension(c.RespondByUtc!.Value.AddDays(20), "Шинжилгээ хийнэ", _officer, v, now));
        _clock.Advance(TimeSpan.FromHours(47));

        var early = await Queues.RunAsync(new ListQueueCasesInput { Queue = QueueKind.ExtensionsPending }, _supervisor);
        var shorterSetting = await Queues.RunAsync(new ListQueueCasesInput { Queue = QueueKind.ExtensionsPending, ExtensionPendingHours = 24 }, _supervisor);
        _clock.Advance(TimeSpan.FromHours(2));
        var late = await Queues.RunAsync(new ListQueueCasesInput { Queue = QueueKind.ExtensionsPending }, _supervisor);

        Assert.Empty(early.Rows);
        Assert.Equal([asked], shorterSetting.Rows.Select(r => r.Id));
        var row = Assert.Single(late.Rows);
        Assert.Equal("Шинжилгээ хийнэ", row.Reason);
        Assert.NotNull(row.ExtensionRequestedUntilUtc);
        Assert.Equal(1, late.CountOf(QueueKind.ExtensionsPending));

        await ActAsync(asked, _head, (c, v, now) => c.ApproveExtension(_head, v, now));
        Assert.Empty((await Queues.RunAsync(new ListQueueCasesInput { Queue = QueueKind.ExtensionsPending }, _supervisor)).Rows);
    }

    [Theory]
    [InlineData(Roles.Operator, "CC1111")]
    [InlineData(Roles.Auditor, null)]
    [InlineData(Roles.AgencyOfficer, "USUG")]
    [InlineData(Roles.AgencyHead, "USUG")]
    public async Task OthersThanSupervisorsAndAdministrators_GetEmptyQueues(string role, string? organisation)
    {
        var returned = await RegisterAsync();
        await ActAsync(returned, _officer, (c, v, now) => c.Return("Манайх биш", _officer, v, now));
        var actor = await _database.AddActorAsync(role, organisation);

        var result = await Queues.RunAsync(new ListQueueCasesInput(), actor);

        Assert.Empty(result.Rows);
        Assert.All(QueueResult.Queues, q => Assert.Equal(0, result.CountOf(q)));
    }

    [Fact]
    public async Task Administrators_SeeTheQueues()
    {
        var returned = await RegisterAsync();
        await ActAsync(returned, _officer, (c, v, now) => c.Return("Манайх биш", _officer, v, now));
        var administrator = await _database.AddActorAsync(Roles.Administrator);

        var result = await Queues.RunAsync(new ListQueueCasesInput(), administrator);

        Assert.Equal([returned], result.Rows.Select(r => r.Id));
    }

    private async Task<int> RegisterAsync() => (await _database.RegisterAsync(_operator, _clock)).CaseId;

    private Task ActAsync(int caseId, Actor actor, Action<Case, CaseVisibility, DateTime> act) =>
        _database.ActAsync(caseId, actor, _clock, act);
}

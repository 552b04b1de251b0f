using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Workflow;

public sealed class ActOnCaseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _supervisor = null!;
    private Actor _officer = null!;
    private Actor _head = null!;
    private Actor _stranger = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddStaffAsync(Roles.Operator, "CC1111");
        _supervisor = await _database.AddStaffAsync(Roles.Supervisor, "CC1111");
        _officer = await _database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddStaffAsync(Roles.AgencyHead, "USUG");
        _stranger = await _database.AddStaffAsync(Roles.AgencyHead, "MOH");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<int> RegisterAsync(CaseSeeding.CallSpec? spec = null) => (await _database.RegisterAsync(_operator, _clock, spec)).CaseId;

    private Task<CaseMoveResult> MoveAsync(Actor actor, CaseMove move) => _database.MoveAsync(_clock, actor, move);

    private async Task<int> InProgressAsync()
    {
        var id = await RegisterAsync();
        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });
        return id;
    }

    [Fact]
    public async Task Lifecycle_FromAcknowledgementToDisputeAndClosing_IsSavedWithItsEvents()
    {
        var id = await RegisterAsync();

        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });
        await MoveAsync(_officer, new AskCitizenMove { CaseId = id, Question = "Аль байр вэ?" });
        Assert.Equal(CaseStatus.AwaitingCitizen, (await _database.LoadCaseAsync(id)).Status);
        await MoveAsync(_operator, new RecordCitizenAnswerMove { CaseId = id, Answer = "3-р байр" });
        await MoveAsync(_head, new AssignOfficerMove { CaseId = id, OfficerId = _officer.UserId });
        await MoveAsync(_officer, new RespondMove { CaseId = id, Text = "Шугамыг засав.", Resolution = Resolution.Resolved });
        await MoveAsync(_operator, new ReopenMove { CaseId = id, Reason = "Ус дахин тасарсан" });
        await MoveAsync(_officer, new RespondMove { CaseId = id, Text = "Дахин засав.", Resolution = Resolution.PartlyResolved });
        await MoveAsync(_supervisor, new CloseMove { CaseId = id });

        var saved = await _database.LoadCaseAsync(id);
        Assert.Equal(CaseStatus.Closed, saved.Status);
        Assert.Equal("Дахин засав.", saved.ResponseText);
        Assert.Equal(Resolution.PartlyResolved, saved.Resolution);
        Assert.Equal(1, saved.ReopenCount);
        Assert.Equal(_officer.UserId, saved.AssignedOfficerId);
        Assert.NotNull(saved.AcknowledgedAtUtc);
        Assert.NotNull(saved.ClosedAtUtc);
        Assert.Equal(
            [CaseEventKind.Registered, CaseEventKind.Assigned, CaseEventKind.DeadlineSet, CaseEventKind.Acknowledged, CaseEventKind.AskedCitizen,
             CaseEventKind.ClockPaused, CaseEventKind.CitizenAnswered, CaseEventKind.ClockResumed, CaseEventKind.OfficerAssigned, CaseEventKind.Responded,
             CaseEventKind.Reopened, CaseEventKind.DeadlineSet, CaseEventKind.Responded, CaseEventKind.Closed],
            saved.Events.OrderBy(e => e.Id).Select(e => e.Kind));
    }

    [Fact]
    public async Task ReturnAndReroute_GiveTheCaseToTheNewOrganisationWithAFreshDeadline()
    {
        var id = await RegisterAsync();
        await MoveAsync(_officer, new ReturnMove { CaseId = id, Reason = "Эрүүл мэндийн асуудал" });
        Assert.Equal("Эрүүл мэндийн асуудал", (await _database.LoadCaseAsync(id)).ReturnReason);
        _clock.Advance(TimeSpan.FromDays(2));

        await MoveAsync(_supervisor, new RerouteMove { CaseId = id, OrganisationId = await _database.OrganisationIdAsync("MOH") });

        var saved = await _database.LoadCaseAsync(id);
        Assert.Equal(CaseStatus.Assigned, saved.Status);
        Assert.Equal(await _database.OrganisationIdAsync("MOH"), saved.AssignedOrganisationId);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddDays(30), saved.RespondByUtc);
        Assert.Null(saved.ReturnReason);
        Assert.Equal(NotFound, (await _database.TryMoveAsync(_clock, _officer, new AddNoteMove { CaseId = id, Text = "x", ExpectedStamp = saved.ConcurrencyStamp })).Outcome);
        await MoveAsync(_stranger, new AcknowledgeMove { CaseId = id });
    }

    private const CaseMoveOutcome NotFound = CaseMoveOutcome.NotFound;

    [Fact]
    public async Task Extension_ApprovedOnce_MovesTheDeadline_AndASecondRequestIsRefusedAtTheField()
    {
        var id = await InProgressAsync();
        var deadline = (await _database.LoadCaseAsync(id)).RespondByUtc!.Value;

        await MoveAsync(_officer, new RequestExtensionMove { CaseId = id, UntilUtc = deadline.AddDays(20), Reason = "Шинжилгээ хүлээж байна" });
        await MoveAsync(_head, new ApproveExtensionMove { CaseId = id });
        var again = await _database.TryMoveAsync(_clock, _officer, new RequestExtensionMove { CaseId = id, ExpectedStamp = await _database.StampAsync(id), UntilUtc = deadline.AddDays(25), Reason = "Дахин" });

        var saved = await _database.LoadCaseAsync(id);
        Assert.Equal(deadline.AddDays(20), saved.RespondByUtc);
        Assert.Equal(ExtensionState.Approved, saved.ExtensionState);
        Assert.Equal(CaseMoveOutcome.Invalid, again.Outcome);
        Assert.Equal("Case.ExtensionOnlyOnce", again.Errors[nameof(RequestExtensionMove.UntilUtc)]);
    }

    [Fact]
    public async Task Extension_BeyondThirtyDays_IsRefusedAtTheField_AndNothingChanges()
    {
        var id = await InProgressAsync();
        var before = await _database.LoadCaseAsync(id);

        var result = await _database.TryMoveAsync(_clock, _officer, new RequestExtensionMove { CaseId = id, ExpectedStamp = before.ConcurrencyStamp, UntilUtc = before.RespondByUtc!.Value.AddDays(31), Reason = "Урт" });

        Assert.Equal(CaseMoveOutcome.Invalid, result.Outcome);
        Assert.Equal("Case.ExtensionBeyondLimit", result.Errors[nameof(RequestExtensionMove.UntilUtc)]);
        Assert.Equal(before.ConcurrencyStamp, await _database.StampAsync(id));
    }

    [Fact]
    public async Task Respond_WithoutTextOrResolution_IsRefusedAtTheFields_AndNothingChanges()
    {
        var id = await InProgressAsync();
        var stamp = await _database.StampAsync(id);

        var result = await _database.TryMoveAsync(_clock, _officer, new RespondMove { CaseId = id, ExpectedStamp = stamp, Text = "  " });

        Assert.Equal(CaseMoveOutcome.Invalid, result.Outcome);
        Assert.Equal("Case.ResponseRequired", result.Errors[nameof(RespondMove.Text)]);
        Assert.Equal("Case.ResolutionRequired", result.Errors[nameof(RespondMove.Resolution)]);
        Assert.Equal(stamp, await _database.StampAsync(id));
    }

    [Fact]
    public async Task Return_WithoutReason_IsRefusedAtTheField()
    {
        var id = await RegisterAsync();

        var result = await _database.TryMoveAsync(_clock, _officer, new ReturnMove { CaseId = id, ExpectedStamp = await _database.StampAsync(id) });

        Assert.Equal("Case.ReasonRequired", result.Errors[nameof(ReturnMove.Reason)]);
        Assert.Equal(CaseStatus.Assigned, (await _database.LoadCaseAsync(id)).Status);
    }

    [Fact]
    public async Task MarkDuplicate_LinksTheVisiblePrimary_ButAnotherOrganisationsReferenceIsUnknown()
    {
        var primary = await _database.RegisterAsync(_operator, _clock);
        var hidden = await _database.RegisterAsync(_operator, _clock, new() { Organisation = "MOH" });
        var id = await RegisterAsync();

        var guessed = await _database.TryMoveAsync(_clock, _head, new MarkDuplicateMove { CaseId = id, ExpectedStamp = await _database.StampAsync(id), PrimaryReference = hidden.Reference });
        await MoveAsync(_head, new MarkDuplicateMove { CaseId = id, PrimaryReference = primary.Reference });

        Assert.Equal("Case.PrimaryCaseUnknown", guessed.Errors[nameof(MarkDuplicateMove.PrimaryReference)]);
        var saved = await _database.LoadCaseAsync(id);
        Assert.Equal((CaseStatus.Closed, Resolution.Duplicate, primary.CaseId), (saved.Status, saved.Resolution, saved.DuplicateOfCaseId));
    }

    [Fact]
    public async Task Withdraw_And_AddNote_AreSaved()
    {
        var id = await RegisterAsync();

        await MoveAsync(_officer, new AddNoteMove { CaseId = id, Text = "Дотоод тэмдэглэл" });
        await MoveAsync(_operator, new WithdrawMove { CaseId = id, Reason = "Иргэн татгалзав" });

        var saved = await _database.LoadCaseAsync(id);
        Assert.Equal((CaseStatus.Closed, Resolution.Withdrawn), (saved.Status, saved.Resolution));
        var note = saved.Events.Single(e => e.Kind == CaseEventKind.NoteAdded);
        Assert.False(note.IsPublic);
    }

    [Fact]
    public async Task AssignOfficer_FromAnotherOrganisation_IsRefusedAtTheField()
    {
        var id = await RegisterAsync();
        var elsewhere = await _database.AddStaffAsync(Roles.AgencyOfficer, "MOH");

        var result = await _database.TryMoveAsync(_clock, _head, new AssignOfficerMove { CaseId = id, ExpectedStamp = await _database.StampAsync(id), OfficerId = elsewhere.UserId });

        Assert.Equal("Case.OfficerNotInOrganisation", result.Errors[nameof(AssignOfficerMove.OfficerId)]);
        Assert.Null((await _database.LoadCaseAsync(id)).AssignedOfficerId);
        Assert.Equal(new[] { _head.UserId, _officer.UserId }.Order(), (await new ListCaseOfficers(_database.Database).RunAsync(new ListCaseOfficersInput(id), _head)).Select(o => o.Id).Order());
        Assert.Empty(await new ListCaseOfficers(_database.Database).RunAsync(new ListCaseOfficersInput(id), _stranger));
    }

    public static TheoryData<CaseMove> EveryAgencyMove() =>
    [
        new AcknowledgeMove(), new AskCitizenMove { Question = "?" }, new RespondMove { Text = "x", Resolution = Resolution.Resolved },
        new ReturnMove { Reason = "x" }, new AssignOfficerMove { OfficerId = "x" }, new RequestExtensionMove { UntilUtc = DateTime.UtcNow, Reason = "x" },
        new AddNoteMove { Text = "x" }, new WithdrawMove { Reason = "x" }, new MarkDuplicateMove { PrimaryReference = "26-000001-3" },
    ];

    [Theory]
    [MemberData(nameof(EveryAgencyMove))]
    public async Task AnotherOrganisationsStaff_GetNotFound_WhateverTheMove_AndNothingIsSaved(CaseMove move)
    {
        var id = await RegisterAsync();
        var stamp = await _database.StampAsync(id);

        var result = await _database.TryMoveAsync(_clock, _stranger, move with { CaseId = id, ExpectedStamp = stamp });
        var guessedStamp = await _database.TryMoveAsync(_clock, _stranger, move with { CaseId = id, ExpectedStamp = Guid.NewGuid() });

        Assert.Equal(CaseMoveOutcome.NotFound, result.Outcome);
        Assert.Equal(CaseMoveOutcome.NotFound, guessedStamp.Outcome);
        Assert.Null(result.Current);
        Assert.Equal(stamp, await _database.StampAsync(id));
        Assert.Equal(3, (await _database.LoadCaseAsync(id)).Events.Count);
    }

    [Fact]
    public async Task NonexistentCase_IsNotFoundToo()
    {
        var result = await _database.TryMoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = 987_654 });

        Assert.Equal(CaseMoveOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task ADoneMove_AnswersWithWhatItChanged_SoThePageShowsWhatReadingTheCaseAgainWouldShow()
    {
        var id = await RegisterAsync();
        (Actor Actor, CaseMove Move)[] moves =
        [
            (_officer, new AcknowledgeMove { CaseId = id }),
            (_head, new AssignOfficerMove { CaseId = id, OfficerId = _officer.UserId }),
            (_officer, new RespondMove { CaseId = id, Text = "Шугамыг засав", Resolution = Resolution.Resolved }),
            (_supervisor, new CloseMove { CaseId = id }),
        ];

        foreach (var (actor, move) in moves)
        {
            var shown = await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(id), actor);
            var done = await MoveAsync(actor, move);

            var fresh = await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(id), actor);
            Assert.NotNull(done.Progress);
            Assert.Equivalent(fresh, shown!.With(done.Progress), strict: true);
            Assert.Equal(fresh!.Timeline.TakeLast(5), done.Current!.RecentEvents);
            Assert.Equal(fresh.Work.ConcurrencyStamp, done.Current.ConcurrencyStamp);
        }
    }

    [Fact]
    public async Task WrongRole_IsRefused_AndNothingIsSaved()
    {
        var id = await InProgressAsync();
        var stamp = await _database.StampAsync(id);

        var byOperator = await _database.TryMoveAsync(_clock, _operator, new RespondMove { CaseId = id, ExpectedStamp = stamp, Text = "Хариу", Resolution = Resolution.Resolved });
        var closeTooEarly = await _database.TryMoveAsync(_clock, _supervisor, new CloseMove { CaseId = id, ExpectedStamp = stamp });

        Assert.Equal((CaseMoveOutcome.Refused, "Case.NotAllowedForRole"), (byOperator.Outcome, byOperator.RefusalKey));
        Assert.Equal((CaseMoveOutcome.Refused, "Case.NotAllowedInStatus"), (closeTooEarly.Outcome, closeTooEarly.RefusalKey));
        Assert.Equal(stamp, await _database.StampAsync(id));
    }

    [Fact]
    public async Task TwoResponsesAtOnce_TheFirstWins_TheSecondGetsAConflictWithItsTextKept()
    {
        var id = await InProgressAsync();
        var seenByBoth = await _database.StampAsync(id);
        var second = new RespondMove { CaseId = id, ExpectedStamp = seenByBoth, Text = "Миний хариу", Resolution = Resolution.NotResolvedExplained };

        var first = await _database.TryMoveAsync(_clock, _head, new RespondMove { CaseId = id, ExpectedStamp = seenByBoth, Text = "Даргын хариу", Resolution = Resolution.Resolved });
        var late = await _database.TryMoveAsync(_clock, _officer, second);

        Assert.Equal(CaseMoveOutcome.Done, first.Outcome);
        Assert.Equal(CaseMoveOutcome.Conflict, late.Outcome);
        Assert.Equal(second, late.Move);
        Assert.Equal(CaseStatus.Responded, late.Current!.Status);
        Assert.Equal(CaseEventKind.Responded, late.Current.RecentEvents[^1].Kind);
        Assert.Equal(await _database.StampAsync(id), late.Current.ConcurrencyStamp);
        Assert.Equal("Даргын хариу", (await _database.LoadCaseAsync(id)).ResponseText);
    }

    [Fact]
    public async Task ASaveThatLosesTheRaceBetweenReadAndWrite_IsAConflict_NotAnOverwrite()
    {
        var id = await InProgressAsync();
        var stamp = await _database.StampAsync(id);
        var racing = new RacingFactory(_database, id);

        var result = await new ActOnCase(racing, _clock).RunAsync(new ActOnCaseInput(new AddNoteMove { CaseId = id, ExpectedStamp = stamp, Text = "Миний тэмдэглэл" }), _officer);

        Assert.Equal(CaseMoveOutcome.Conflict, result.Outcome);
        Assert.Equal("Миний тэмдэглэл", ((AddNoteMove)result.Move).Text);
        Assert.DoesNotContain((await _database.LoadCaseAsync(id)).Events, e => e.Kind == CaseEventKind.NoteAdded);
    }

    [Fact]
    public async Task Details_OfferOnlyTheMovesTheViewerMayTakeNow()
    {
        var id = await RegisterAsync();
        var details = new GetCaseDetails(_database.Database);

        var asOfficer = (await details.RunAsync(new GetCaseDetailsInput(id), _officer))!.Work;
        var asHead = (await details.RunAsync(new GetCaseDetailsInput(id), _head))!.Work;
        var asOperator = (await details.RunAsync(new GetCaseDetailsInput(id), _operator))!.Work;

        Assert.Equal([CaseAction.Acknowledge, CaseAction.Return, CaseAction.Withdraw, CaseAction.AddNote], asOfficer.AvailableActions);
        Assert.Contains(CaseAction.AssignOfficer, asHead.AvailableActions);
        Assert.Equal([CaseAction.MarkDuplicate, CaseAction.Withdraw, CaseAction.AddNote], asOperator.AvailableActions);
        Assert.Equal(await _database.StampAsync(id), asOfficer.ConcurrencyStamp);
    }

    /// <summary>Hands out contexts whose save first lets "someone else" change the case, as a concurrent user would.</summary>
    private sealed class RacingFactory(SeededDatabase database, int caseId) : IDbContextFactory<CallCentreDbContext>
    {
        public CallCentreDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
            options.UseCallCentreSqlite(database.Database.ConnectionString).AddInterceptors(new SomeoneElseSaves(database, caseId));
            return new SqliteCallCentreDbContext(options.Options);
        }
    }

    private sealed class SomeoneElseSaves(SeededDatabase database, int caseId) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await using var other = database.CreateDbContext();
            await other.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
            return result;
        }
    }
}

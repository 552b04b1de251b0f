using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.UseCases;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Workflow;

public sealed class RateMoveTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _supervisor = null!;
    private Actor _officer = null!;
    private Actor _head = null!;
    private Actor _auditor = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddStaffAsync(Roles.Operator, "CC1111");
        _supervisor = await _database.AddStaffAsync(Roles.Supervisor, "CC1111");
        _officer = await _database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddStaffAsync(Roles.AgencyHead, "USUG");
        _auditor = await _database.AddStaffAsync(Roles.Auditor);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<CaseMoveResult> MoveAsync(Actor actor, CaseMove move) => _database.MoveAsync(_clock, actor, move);

    private async Task<CaseMoveResult> TryAsync(Actor actor, CaseMove move) =>
        await _database.TryMoveAsync(_clock, actor, move with { ExpectedStamp = await _database.StampAsync(move.CaseId) });

    private static RateMove Rating(int caseId, int? score = 4, ProblemSolved? solved = ProblemSolved.Yes, string? comment = "Ус орж ирсэн, баярлалаа.") =>
        new() { CaseId = caseId, Score = score, Solved = solved, Comment = comment };

    private async Task<int> RespondedAsync()
    {
        var id = (await _database.RegisterAsync(_operator, _clock)).CaseId;
        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });
        _clock.Advance(TimeSpan.FromHours(3));
        await MoveAsync(_officer, new RespondMove { CaseId = id, Text = "Шугамыг засав.", Resolution = Resolution.Resolved });
        _clock.Advance(TimeSpan.FromDays(1));
        return id;
    }

    private async Task<List<CaseRating>> RatingsAsync(int caseId)
    {
        await using var db = _database.CreateDbContext();
        return await db.CaseRatings.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task Rate_AResponse_SavesTheRatingForTheRespondingOrganisation_WithAnInternalEventAndAnAuditEntry()
    {
        var id = await RespondedAsync();

        await MoveAsync(_operator, Rating(id, 2, ProblemSolved.Partly, "  Хагас л засагдсан  "));

        var rating = Assert.Single(await RatingsAsync(id));
        var saved = await _database.LoadCaseAsync(id);
        var responded = saved.Events.Single(e => e.Kind == CaseEventKind.Responded);
        Assert.Equal(
            (responded.Id, await _database.OrganisationIdAsync("USUG"), 2, ProblemSolved.Partly, "Хагас л засагдсан", RatingSource.Callback, _operator.UserId, _operator.DisplayName, _clock.GetUtcNow().UtcDateTime),
            (rating.ResponseEventId, rating.OrganisationId, rating.Score, rating.Solved, rating.Comment, rating.Source, rating.RecordedById, rating.RecordedByName, rating.RatedAtUtc));
        Assert.Equal(CaseStatus.Responded, saved.Status);
        var rated = saved.Events.Single(e => e.Kind == CaseEventKind.Rated);
        Assert.False(rated.IsPublic);
        Assert.Equal("2/5 Partly\nХагас л засагдсан", rated.Text);
        Assert.True(CaseRating.TryReadEventText(rated.Text, out var score, out var solved, out var comment));
        Assert.Equal((2, ProblemSolved.Partly, "Хагас л засагдсан"), (score, solved, comment));

        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "Case.Rated").SingleAsync();
        Assert.Equal((saved.Reference, _operator.UserId), (audit.SubjectId, audit.ActorId));
        Assert.Contains("2/5 Partly", audit.After, StringComparison.Ordinal);
        Assert.Contains("Хагас л засагдсан", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_AClosedCase_ByASupervisor_IsSaved()
    {
        var id = await RespondedAsync();
        await MoveAsync(_operator, new CloseMove { CaseId = id });

        await MoveAsync(_supervisor, Rating(id, 5, ProblemSolved.Yes, null));

        var rating = Assert.Single(await RatingsAsync(id));
        Assert.Equal((5, (string?)null, _supervisor.UserId), (rating.Score, rating.Comment, rating.RecordedById));
    }

    [Fact]
    public async Task Rate_TheSameResponseTwice_IsRefused_AndNothingMoreIsSaved()
    {
        var id = await RespondedAsync();
        await MoveAsync(_operator, Rating(id));
        var events = (await _database.LoadCaseAsync(id)).Events.Count;

        var again = await TryAsync(_supervisor, Rating(id, 1, ProblemSolved.No));

        Assert.Equal((CaseMoveOutcome.Refused, "Case.AlreadyRated"), (again.Outcome, again.RefusalKey));
        Assert.Equal(4, Assert.Single(await RatingsAsync(id)).Score);
        Assert.Equal(events, (await _database.LoadCaseAsync(id)).Events.Count);
    }

    [Fact]
    public async Task Rate_AfterAReopenAndANewResponse_RatesTheNewResponse()
    {
        var id = await RespondedAsync();
        await MoveAsync(_operator, Rating(id, 1, ProblemSolved.No));
        await MoveAsync(_operator, new ReopenMove { CaseId = id, Reason = "Ус дахин тасарсан" });

        // While the dispute is open there is nothing to rate: the disputed answer was rated, the next is not given yet.
        var whileReopened = await TryAsync(_operator, Rating(id));
        Assert.Equal((CaseMoveOutcome.Refused, "Case.NotAllowedInStatus"), (whileReopened.Outcome, whileReopened.RefusalKey));

        await MoveAsync(_officer, new RespondMove { CaseId = id, Text = "Дахин засав.", Resolution = Resolution.Resolved });
        await MoveAsync(_operator, Rating(id, 5, ProblemSolved.Yes));

        var ratings = await RatingsAsync(id);
        var responses = (await _database.LoadCaseAsync(id)).Events.Where(e => e.Kind == CaseEventKind.Responded).OrderBy(e => e.Id).Select(e => e.Id).ToList();
        Assert.Equal([(responses[0], 1), (responses[1], 5)], ratings.Select(r => (r.ResponseEventId, r.Score)));
    }

    [Fact]
    public async Task Rate_AReopenedCaseWithdrawnBeforeANewResponse_HasNothingToRate()
    {
        var id = await RespondedAsync();
        await MoveAsync(_operator, new ReopenMove { CaseId = id, Reason = "Ус дахин тасарсан" });
        await MoveAsync(_operator, new WithdrawMove { CaseId = id, Reason = "Иргэн татгалзав" });

        var result = await TryAsync(_operator, Rating(id));

        Assert.Equal((CaseMoveOutcome.Refused, "Case.NothingToRate"), (result.Outcome, result.RefusalKey));
        Assert.Empty(await RatingsAsync(id));
    }

    [Fact]
    public async Task Rate_ACaseWithdrawnBeforeAnyResponse_HasNothingToRate()
    {
        var id = (await _database.RegisterAsync(_operator, _clock)).CaseId;
        await MoveAsync(_operator, new WithdrawMove { CaseId = id, Reason = "Иргэн татгалзав" });

        var result = await TryAsync(_operator, Rating(id));

        Assert.Equal((CaseMoveOutcome.Refused, "Case.NothingToRate"), (result.Outcome, result.RefusalKey));
    }

    [Theory]
    [InlineData(Roles.AgencyOfficer)]
    [InlineData(Roles.AgencyHead)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Administrator)]
    public async Task Rate_ByAnotherRole_IsRefused_AndNothingIsSaved(string role)
    {
        var id = await RespondedAsync();
        var actor = role switch
        {
            Roles.AgencyOfficer => _officer,
            Roles.AgencyHead => _head,
            Roles.Auditor => _auditor,
            _ => await _database.AddStaffAsync(Roles.Administrator),
        };

        var result = await TryAsync(actor, Rating(id));

        Assert.Equal((CaseMoveOutcome.Refused, "Case.NotAllowedForRole"), (result.Outcome, result.RefusalKey));
        Assert.Empty(await RatingsAsync(id));
    }

    [Fact]
    public async Task Rate_BeforeAResponse_IsRefused()
    {
        var id = (await _database.RegisterAsync(_operator, _clock)).CaseId;
        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });

        var result = await TryAsync(_operator, Rating(id));

        Assert.Equal((CaseMoveOutcome.Refused, "Case.NotAllowedInStatus"), (result.Outcome, result.RefusalKey));
    }

    [Fact]
    public async Task Rate_WithoutScoreOrAnswer_OrWithATooLongComment_IsRefusedAtTheFields_AndNothingIsSaved()
    {
        var id = await RespondedAsync();

        var empty = await TryAsync(_operator, Rating(id, null, null, null));
        var outOfRange = await TryAsync(_operator, Rating(id, 6));
        var tooLong = await TryAsync(_operator, Rating(id, comment: new string('ү', RatingRules.CommentMaxLength + 1)));

        Assert.Equal(
            new Dictionary<string, string> { [nameof(RateMove.Score)] = "Case.RatingScoreRequired", [nameof(RateMove.Solved)] = "Case.RatingSolvedRequired" },
            empty.Errors);
        Assert.Equal("Case.RatingScoreInvalid", outOfRange.Errors[nameof(RateMove.Score)]);
        Assert.Equal("Case.RatingCommentTooLong", tooLong.Errors[nameof(RateMove.Comment)]);
        Assert.Empty(await RatingsAsync(id));
    }

    [Fact]
    public async Task Details_OfferRating_OnlyToTheCallCentre_AndOnlyWhileTheLatestResponseIsUnrated_AndListTheRatings()
    {
        var id = await RespondedAsync();
        var details = new GetCaseDetails(_database.Database);

        Assert.Contains(CaseAction.Rate, (await details.RunAsync(new GetCaseDetailsInput(id), _operator))!.Work.AvailableActions);
        Assert.Contains(CaseAction.Rate, (await details.RunAsync(new GetCaseDetailsInput(id), _supervisor))!.Work.AvailableActions);
        Assert.DoesNotContain(CaseAction.Rate, (await details.RunAsync(new GetCaseDetailsInput(id), _head))!.Work.AvailableActions);
        Assert.DoesNotContain(CaseAction.Rate, (await details.RunAsync(new GetCaseDetailsInput(id), _auditor))!.Work.AvailableActions);
        await MoveAsync(_operator, Rating(id, 3, ProblemSolved.Partly, "Дунд зэрэг"));

        var rated = (await details.RunAsync(new GetCaseDetailsInput(id, Language.English), _operator))!;
        Assert.DoesNotContain(CaseAction.Rate, rated.Work.AvailableActions);
        var row = Assert.Single(rated.Ratings!);
        Assert.Equal((3, ProblemSolved.Partly, "Дунд зэрэг", _operator.DisplayName), (row.Score, row.Solved, row.Comment, row.RecordedBy));
        Assert.Equal(rated.Work.RespondedAtUtc, row.RespondedAtUtc);
        Assert.NotNull(row.Organisation);
    }

    [Fact]
    public async Task AnotherOrganisationsHead_SeesNeitherTheCaseNorItsRatings()
    {
        var id = await RespondedAsync();
        await MoveAsync(_operator, Rating(id));
        var stranger = await _database.AddStaffAsync(Roles.AgencyHead, "MOH");

        Assert.Null(await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(id), stranger));
        Assert.Equal(CaseMoveOutcome.NotFound, (await TryAsync(stranger, Rating(id))).Outcome);
    }
}

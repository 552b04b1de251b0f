using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static CallCentre.Tests.Browser.CasePageMoves;

namespace CallCentre.Tests.Browser;

/// <summary>The agency works a case on its page, the citizen disputes the answer, and a misrouted case finds its owner.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class CaseWorkflowJourneyTests
{
    private static readonly System.Text.RegularExpressions.Regex TimeLeft = new("(үлдсэн|left)$");
    private static readonly System.Text.RegularExpressions.Regex Paused = new("^(Түр зогссон|Paused)$");
    private static readonly System.Text.RegularExpressions.Regex Resumed = new("Хугацаа үргэлжлэв|Clock resumed");
    private static readonly System.Text.RegularExpressions.Regex Police = new("Цагдаагийн ерөнхий газар|General Police Department");

    private readonly BrowserFixture _fixture;

    public CaseWorkflowJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task Officer_AcknowledgesAsksRecordsTheAnswerAndResponds_ThenTheOperatorReopensOnTheDispute()
    {
        var page = await _fixture.NewPageAsync();
        var caseId = await RegisterAsync();
        await OpenCaseAsync(page, "officer.usug@demo.1111.mn", caseId);

        await MoveAsync(page, CaseAction.Acknowledge);
        await Assertions.Expect(page.Locator("[data-testid=case-deadline]")).ToHaveTextAsync(TimeLeft);
        var deadline = await RespondByAsync(caseId);

        await MoveAsync(page, CaseAction.AskCitizen, "Аль байрны хэдэн тоот вэ?", submitWithKeyboard: true);
        await Assertions.Expect(page.Locator("[data-testid=case-deadline]")).ToHaveTextAsync(Paused);
        await Assertions.Expect(page.Locator("[data-testid=case-paused-since]")).ToBeVisibleAsync();
        await using (var db = _fixture.OpenDatabase())
        {
            Assert.NotNull(await db.Cases.Where(c => c.Id == caseId).Select(c => c.ClockPausedAtUtc).SingleAsync());
        }

        await MoveAsync(page, CaseAction.RecordCitizenAnswer, "12-р байр, 45 тоот");
        await Assertions.Expect(page.Locator("[data-testid=case-deadline]")).ToHaveTextAsync(TimeLeft);
        await Assertions.Expect(page.Locator("[data-testid=case-paused-since]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=case-timeline]")).ToContainTextAsync(Resumed);

        // The deadline moved by exactly the time the case waited for the citizen.
        await using (var db = _fixture.OpenDatabase())
        {
            var events = await db.CaseEvents.Where(e => e.CaseId == caseId && (e.Kind == CaseEventKind.ClockPaused || e.Kind == CaseEventKind.ClockResumed))
                .OrderBy(e => e.Id).Select(e => e.AtUtc).ToListAsync();
            Assert.Equal(2, events.Count);
            Assert.Equal(deadline + (events[1] - events[0]), await RespondByAsync(caseId));
            Assert.True(events[1] > events[0]);
        }

        await RespondAsync(page, "Шугамыг засаж, ус өгсөн.");

        await Assertions.Expect(page.Locator("[data-testid=case-response]")).ToHaveTextAsync("Шугамыг засаж, ус өгсөн.");
        await using (var db = _fixture.OpenDatabase())
        {
            Assert.Equal(CaseStatus.Responded, await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync());
        }

        var operatorPage = await _fixture.NewPageAsync();
        await OpenCaseAsync(operatorPage, "operator@demo.1111.mn", caseId);
        await MoveAsync(operatorPage, CaseAction.Reopen, "Иргэн: ус дахин тасарсан.");

        await Assertions.Expect(operatorPage.Locator("[data-testid=case-reopen-count]")).ToBeVisibleAsync();
        await using (var db = _fixture.OpenDatabase())
        {
            Assert.Equal(CaseStatus.InProgress, await db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync());
        }
    }

    [SkippableFact]
    public async Task AgencyReturnsAMisroutedCase_AndASupervisorReroutesIt()
    {
        var page = await _fixture.NewPageAsync();
        var caseId = await RegisterAsync();
        await OpenCaseAsync(page, "officer.usug@demo.1111.mn", caseId);
        await MoveAsync(page, CaseAction.Return, "Цагдаагийн асуудал.");
        await Assertions.Expect(page.Locator("[data-testid=case-return-reason]")).ToHaveTextAsync("Цагдаагийн асуудал.");

        var supervisor = await _fixture.NewPageAsync();
        await OpenCaseAsync(supervisor, "supervisor@demo.1111.mn", caseId);
        await RerouteAsync(supervisor, Police);

        await Assertions.Expect(supervisor.Locator("[data-testid=case-organisation]")).ToHaveTextAsync(Police);
        await using var db = _fixture.OpenDatabase();
        var saved = await db.Cases.Where(c => c.Id == caseId)
            .Select(c => new { c.Status, Organisation = db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => o.Code).Single() })
            .SingleAsync();
        Assert.Equal((CaseStatus.Assigned, "GPD"), (saved.Status, saved.Organisation));
    }

    [SkippableFact]
    public async Task CasePageWithTheRespondDialogOpen_HasNoAccessibilityViolations()
    {
        var page = await _fixture.NewPageAsync();
        var caseId = await RegisterAsync();
        await OpenCaseAsync(page, "officer.usug@demo.1111.mn", caseId);
        await MoveAsync(page, CaseAction.Acknowledge);

        await OpenMoveAsync(page, CaseAction.Respond);

        await AxeCheck.AssertNoneAsync(page, "officer respond dialog");
    }

    [SkippableFact]
    public async Task Operator_RecordsTheCitizensRatingWithTheKeyboard_AndThePageShowsIt()
    {
        var caseId = await RegisterAsync();
        var officerPage = await _fixture.NewPageAsync();
        await OpenCaseAsync(officerPage, "officer.usug@demo.1111.mn", caseId);
        await MoveAsync(officerPage, CaseAction.Acknowledge);
        await RespondAsync(officerPage, "Шугамыг засаж, ус өгсөн.");
        var page = await _fixture.NewPageAsync();
        await OpenCaseAsync(page, "operator@demo.1111.mn", caseId);
        await OpenMoveAsync(page, CaseAction.Rate);

        // The score and the answer are radio groups: focus one, move with the arrow keys.
        var scores = page.Locator("[data-testid=rate-score] input[type=radio]");
        await scores.First.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(scores.Nth(3)).ToBeCheckedAsync();
        var answers = page.Locator("[data-testid=rate-solved] input[type=radio]");
        await answers.First.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(answers.First).ToBeCheckedAsync();
        await page.Locator("textarea[data-testid=move-text]").FillAsync("Баярлалаа");

        await AxeCheck.AssertNoneAsync(page, "operator rate dialog");

        await SubmitAsync(page, CaseAction.Rate);
        await Assertions.Expect(page.Locator("[data-testid=case-rating-score]")).ToHaveTextAsync("4/5");
        await Assertions.Expect(page.Locator("[data-testid=case-rating-comment]")).ToHaveTextAsync("Баярлалаа");
        await using var db = _fixture.OpenDatabase();
        var rating = await db.CaseRatings.Where(r => r.CaseId == caseId).SingleAsync();
        Assert.Equal((4, CallCentre.Domain.Ratings.ProblemSolved.Yes), (rating.Score, rating.Solved));
    }

    private async Task<DateTime> RespondByAsync(int caseId)
    {
        await using var db = _fixture.OpenDatabase();
        return (await db.Cases.Where(c => c.Id == caseId).Select(c => c.RespondByUtc).SingleAsync())!.Value;
    }

    private static Task OpenCaseAsync(IPage page, string email, int caseId) => CasePageMoves.OpenCaseAsync(page, email, DemoAccounts.Password, caseId);

    private async Task<int> RegisterAsync()
    {
        var factory = new FixtureDatabase(_fixture);
        await using var db = _fixture.OpenDatabase();
        var @operator = await db.Users.Where(u => u.Email == "operator@demo.1111.mn").Select(u => new { u.Id, u.DisplayName, u.OrganisationId }).SingleAsync();
        var actor = new Actor(@operator.Id, @operator.DisplayName, new HashSet<string> { Roles.Operator }, @operator.OrganisationId);
        var input = new RegisterCaseInput
        {
            TopicId = await db.Topics.Where(t => t.Code == "UTIL-WATER").Select(t => t.Id).SingleAsync(),
            Subject = "Ус тасарсан",
            Description = "Байранд хоёр хоног ус алга.",
            CallerName = "Дорж",
            Phone = "99114455",
        };
        var result = await new RegisterCase(factory, TimeProvider.System).RunAsync(input, actor);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Value!.CaseId;
    }

    private sealed class FixtureDatabase(BrowserFixture fixture) : IDbContextFactory<CallCentreDbContext>
    {
        public CallCentreDbContext CreateDbContext() => fixture.OpenDatabase();
    }
}

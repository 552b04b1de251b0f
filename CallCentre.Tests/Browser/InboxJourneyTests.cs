using System.Text.RegularExpressions;
using CallCentre.Domain.Cases;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static CallCentre.Tests.Browser.CasePageMoves;

namespace CallCentre.Tests.Browser;

/// <summary>
/// Issue 4's journey: a call registered by the operator lands live in the agency's open inbox; the officer works it to a
/// response; the citizen's dispute reopens it; and a case an agency returns is re-routed from the supervisors' queue.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class InboxJourneyTests
{
    private static readonly Regex Police = new("Цагдаагийн ерөнхий газар|General Police Department");
    private static readonly Regex Responded = new("Responded|Хариу өгсөн");
    private static readonly Regex InProgress = new("In progress|Шийдвэрлэж байна");

    private readonly BrowserFixture _fixture;

    public InboxJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task ACallLandsLiveInTheAgencysInbox_IsWorkedToAResponse_AndReopenedOnTheDispute()
    {
        var officer = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(officer, "officer.usug@demo.1111.mn", DemoAccounts.Password);
        await Assertions.Expect(ShellPage.Nav(officer, "Nav.Inbox")).ToBeVisibleAsync();
        await ShellPage.RunAndWaitForNewPageAsync(officer, () => officer.GotoAsync("/inbox"));
        await ShellPage.WaitForInteractiveAsync(officer);
        await Assertions.Expect(officer.Locator("[data-testid=inbox-count-ToAcknowledge]")).ToHaveTextAsync(new Regex(@"^\d+$"));

        var operatorPage = await _fixture.NewPageAsync();
        var reference = await RegisterCallAsync(operatorPage, "9911 6677", "Орцны ус алдаж байна");

        // No reload: the inbox hears of the new assignment and shows it.
        var row = officer.Locator("[data-testid=inbox-row-reference]").Filter(new() { HasText = reference });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.ClickAsync();
        await officer.Locator("[data-testid=case-page]").WaitForAsync();
        await Assertions.Expect(officer.Locator("[data-testid=case-reference]")).ToHaveTextAsync(reference);

        await MoveAsync(officer, CaseAction.Acknowledge);
        await MoveAsync(officer, CaseAction.AskCitizen, "Аль орцны хэдэн давхарт вэ?");
        await MoveAsync(officer, CaseAction.RecordCitizenAnswer, "3-р орц, 2 давхар");
        await RespondAsync(officer, "Орцны шугамыг сольсон.");

        await Assertions.Expect(officer.Locator("[data-testid=case-status]")).ToContainTextAsync(Responded);
        await Assertions.Expect(officer.Locator("[data-testid=case-response]")).ToHaveTextAsync("Орцны шугамыг сольсон.");

        var caseId = await CaseIdAsync(reference);
        await ShellPage.RunAndWaitForNewPageAsync(operatorPage, () => operatorPage.GotoAsync($"/cases/{caseId}"));
        await ShellPage.WaitForInteractiveAsync(operatorPage);
        await MoveAsync(operatorPage, CaseAction.Reopen, "Иргэн: ус дахин алдаж байна.");

        await Assertions.Expect(operatorPage.Locator("[data-testid=case-status]")).ToContainTextAsync(InProgress);
        await Assertions.Expect(operatorPage.Locator("[data-testid=case-reopen-count]")).ToBeVisibleAsync();

        // The officer still has the case open: it changed under them, and the page says so.
        await Assertions.Expect(officer.Locator("[data-testid=case-changed-banner]")).ToBeVisibleAsync();
        await officer.Locator("[data-testid=case-changed-reload]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-testid=case-status]")).ToContainTextAsync(InProgress);

        await ShellPage.RunAndWaitForNewPageAsync(officer, () => officer.GotoAsync("/inbox?group=Reopened"));
        await Assertions.Expect(officer.Locator("[data-testid=inbox-row-reference]").Filter(new() { HasText = reference })).ToHaveCountAsync(1);
    }

    [SkippableFact]
    public async Task ACaseTheAgencyReturns_IsReRoutedFromTheSupervisorsQueue()
    {
        var operatorPage = await _fixture.NewPageAsync();
        var reference = await RegisterCallAsync(operatorPage, "9911 7788", "Хашаанд хулгай орсон байж магадгүй");
        var caseId = await CaseIdAsync(reference);

        var supervisor = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(supervisor, "supervisor@demo.1111.mn", DemoAccounts.Password);
        await Assertions.Expect(ShellPage.Nav(supervisor, "Nav.Queues")).ToBeVisibleAsync();
        await ShellPage.RunAndWaitForNewPageAsync(supervisor, () => supervisor.GotoAsync("/queues"));
        await ShellPage.WaitForInteractiveAsync(supervisor);
        await Assertions.Expect(supervisor.Locator("[data-testid=queue-count-Returned]")).ToHaveTextAsync(new Regex(@"^\d+$"));

        var officer = await _fixture.NewPageAsync();
        await OpenCaseAsync(officer, "officer.usug@demo.1111.mn", DemoAccounts.Password, caseId);
        await MoveAsync(officer, CaseAction.Return, "Цагдаагийн асуудал, манайх биш.");

        // The queue, open all along, now lists the case with the agency's reason.
        var row = supervisor.Locator("[data-testid=queues-grid] tbody tr").Filter(new() { HasText = reference });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("[data-testid=queue-row-reason]")).ToHaveTextAsync("Цагдаагийн асуудал, манайх биш.");
        await row.Locator("[data-testid=queue-row-reroute]").ClickAsync();
        await supervisor.Locator("[data-testid=case-page]").WaitForAsync();
        await ShellPage.WaitForInteractiveAsync(supervisor);
        await RerouteAsync(supervisor, Police);

        await Assertions.Expect(supervisor.Locator("[data-testid=case-organisation]")).ToHaveTextAsync(Police);
        await ShellPage.RunAndWaitForNewPageAsync(supervisor, () => supervisor.GotoAsync("/queues"));
        await ShellPage.WaitForInteractiveAsync(supervisor);
        await Assertions.Expect(supervisor.Locator("[data-testid=queue-count-Returned]")).ToHaveTextAsync(new Regex(@"^\d+$"));
        Assert.Equal(0, await supervisor.Locator("[data-testid=queue-row-reference]").Filter(new() { HasText = reference }).CountAsync());

        var gpd = await _fixture.NewPageAsync();
        // officer.gpd is the lockout test's own account; the head shares the organisation's inbox.
        await ShellPage.SignInAsync(gpd, "head.gpd@demo.1111.mn", DemoAccounts.Password);
        await ShellPage.RunAndWaitForNewPageAsync(gpd, () => gpd.GotoAsync("/inbox"));
        await Assertions.Expect(gpd.Locator("[data-testid=inbox-row-reference]").Filter(new() { HasText = reference })).ToHaveCountAsync(1);
    }

    /// <summary>The operator logs a water call on the intake screen (routed to USUG) and reads back its reference.</summary>
    private static async Task<string> RegisterCallAsync(IPage page, string phone, string subject)
    {
        await ShellPage.SignInAsync(page, "operator@demo.1111.mn", DemoAccounts.Password);
        await ShellPage.RunAndWaitForNewPageAsync(page, () => page.GotoAsync("/intake"));
        await ShellPage.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#intake-Phone")).ToBeFocusedAsync();
        await page.Locator("#intake-Phone").FillAsync(phone);
        await page.Locator("#intake-CallerName").FillAsync("Дулмаа");
        await ShellPage.ChooseOptionAsync(page, "#intake-TopicId", "ариутгах", page.Locator("[data-testid=intake-proposed-organisation]"), "Ус сувгийн удирдах газар");
        await page.Locator("#intake-Subject").FillAsync(subject);
        await page.Locator("#intake-Description").FillAsync(subject + ". Иргэн шуурхай арга хэмжээ хүсэж байна.");
        await page.Locator("#intake-Description").PressAsync("Control+Enter");

        var referenceText = page.Locator("[data-testid=intake-saved-reference]");
        await Assertions.Expect(referenceText).ToHaveTextAsync(new Regex(@"\d\d-\d{6}-\d"));
        return (await referenceText.InnerTextAsync()).Trim();
    }

    private async Task<int> CaseIdAsync(string reference)
    {
        await using var db = _fixture.OpenDatabase();
        return await db.Cases.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}

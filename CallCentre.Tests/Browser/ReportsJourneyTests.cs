using CallCentre.Domain.Reports;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>An auditor finds the reports page from the menu, requests last month's case register and sees it queued.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class ReportsJourneyTests
{
    private readonly BrowserFixture _fixture;

    public ReportsJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task Auditor_RequestsACaseRegister_FromTheMenu_AndSeesItQueued()
    {
        var page = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(page, "auditor@demo.1111.mn", DemoAccounts.Password);
        await Assertions.Expect(ShellPage.Nav(page, "Nav.Reports")).ToHaveCountAsync(1);
        await ShellPage.RunAndWaitForNewPageAsync(page, () => page.GotoAsync("/reports"));
        await page.Locator("[data-testid=reports-page]").WaitForAsync();
        await ShellPage.WaitForInteractiveAsync(page);
        int before;
        await using (var db = _fixture.OpenDatabase())
        {
            before = await db.ReportRequests.CountAsync();
        }

        await page.Locator("[data-testid=reports-request]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=reports-row]")).Not.ToHaveCountAsync(0);
        // The demo register is small: on a quick worker it may already be written by the time the row is read.
        await Assertions.Expect(page.Locator("[data-testid=reports-status]").First)
            .ToContainTextAsync(new System.Text.RegularExpressions.Regex("Queued|Being written|Ready|Дараалалд|Бэлтгэж байна|Бэлэн"));
        await using (var db = _fixture.OpenDatabase())
        {
            var latest = await db.ReportRequests.OrderByDescending(r => r.Id).FirstAsync();
            Assert.Equal(before + 1, await db.ReportRequests.CountAsync());
            Assert.Equal(ReportKind.CaseRegister, latest.Kind);
        }

        await AxeCheck.AssertNoneAsync(page, "reports after a request");
    }
}

using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>From the operator's call to the agency's list: the case lands, routed, with the right organisation and nowhere else.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class IntakeJourneyTests
{
    private readonly BrowserFixture _fixture;

    public IntakeJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task OperatorLogsACall_AndOnlyTheRoutedAgencySeesIt()
    {
        var operatorPage = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(operatorPage, "operator@demo.1111.mn", DemoAccounts.Password);
        await ShellPage.RunAndWaitForNewPageAsync(operatorPage, () => operatorPage.GotoAsync("/intake"));
        await ShellPage.WaitForInteractiveAsync(operatorPage);

        // The page puts the cursor in the phone field once it has restored any draft; an operator starts typing then.
        await Assertions.Expect(operatorPage.Locator("#intake-Phone")).ToBeFocusedAsync();

        // The keyboard path an operator takes: phone first, then the caller, the topic, the words; Ctrl+Enter saves.
        await operatorPage.Locator("#intake-Phone").FillAsync("9911 4455");
        await operatorPage.Locator("#intake-CallerName").FillAsync("Дорж");
        await ShellPage.ChooseOptionAsync(operatorPage, "#intake-TopicId", "ариутгах", operatorPage.Locator("[data-testid=intake-proposed-organisation]"), "Ус сувгийн удирдах газар");
        await operatorPage.Locator("#intake-Subject").FillAsync("Халуун ус тасарсан");
        await operatorPage.Locator("#intake-Description").FillAsync("Гурав хоног халуун усгүй байна, хүүхэдтэй айл.");
        await operatorPage.Locator("#intake-Description").PressAsync("Control+Enter");

        var referenceText = operatorPage.Locator("[data-testid=intake-saved-reference]");
        await Assertions.Expect(referenceText).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d\d-\d{6}-\d"));
        var reference = (await referenceText.InnerTextAsync()).Trim();
        await Assertions.Expect(operatorPage.Locator("#intake-Phone")).ToHaveValueAsync("");

        int caseId;
        await using (var db = _fixture.OpenDatabase())
        {
            var saved = await db.Cases.Where(c => c.Reference == reference)
                .Select(c => new { c.Id, Organisation = db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => o.Code).Single() })
                .SingleAsync();
            Assert.Equal("USUG", saved.Organisation);
            caseId = saved.Id;
        }

        var usug = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(usug, "officer.usug@demo.1111.mn", DemoAccounts.Password);
        await ShellPage.RunAndWaitForNewPageAsync(usug, () => usug.GotoAsync("/cases"));
        await Assertions.Expect(usug.Locator("[data-testid=case-row-reference]").Filter(new() { HasText = reference })).ToHaveCountAsync(1);

        var gpd = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(gpd, "head.gpd@demo.1111.mn", DemoAccounts.Password);
        await ShellPage.RunAndWaitForNewPageAsync(gpd, () => gpd.GotoAsync("/cases"));
        await ShellPage.WaitForInteractiveAsync(gpd);
        await Assertions.Expect(gpd.Locator("[data-testid=case-grid], [data-testid=case-list-empty]").First).ToBeVisibleAsync();
        Assert.Equal(0, await gpd.Locator("[data-testid=case-row-reference]").Filter(new() { HasText = reference }).CountAsync());
        await ShellPage.RunAndWaitForNewPageAsync(gpd, () => gpd.GotoAsync($"/cases/{caseId}"));
        await Assertions.Expect(gpd.Locator("[data-testid=case-not-found]")).ToBeVisibleAsync();
        Assert.DoesNotContain(reference, await gpd.ContentAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SigningOut_RemovesTheIntakeDraftFromTheBrowser()
    {
        var page = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(page, "supervisor@demo.1111.mn", DemoAccounts.Password);
        await ShellPage.RunAndWaitForNewPageAsync(page, () => page.GotoAsync("/intake"));
        await ShellPage.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#intake-Phone")).ToBeFocusedAsync();
        await page.Locator("#intake-Phone").FillAsync("8811 2233");
        await page.Locator("#intake-CallerName").FillAsync("Саран");
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('callcentre.intake.draft.'))");

        await ShellPage.SignOutAsync(page);

        Assert.False(await page.EvaluateAsync<bool>("() => Object.keys(localStorage).some(k => k.startsWith('callcentre.'))"));
    }
}

using CallCentre.Web.Features.Accounts;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>axe finds no serious or critical accessibility violation on the pages every user sees first.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class AccessibilityTests
{
    private static readonly string[] _blockingImpacts = ["serious", "critical"];

    private readonly BrowserFixture _fixture;

    public AccessibilityTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task SignInPage_HasNoSeriousOrCriticalViolations()
    {
        var page = await _fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await AssertNoBlockingViolationsAsync(page);
    }

    [SkippableFact]
    public async Task HomeShell_HasNoSeriousOrCriticalViolations()
    {
        var page = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(page, "supervisor@demo.1111.mn", DemoAccounts.Password);

        await AssertNoBlockingViolationsAsync(page);
    }

    [SkippableFact]
    public async Task Check_ReportsAnImageWithoutTextAlternative_AsBlocking()
    {
        var page = await _fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('img'))");

        var blocking = await BlockingViolationsAsync(page);

        Assert.Contains(blocking, v => v.Id == "image-alt");
    }

    private static async Task AssertNoBlockingViolationsAsync(IPage page)
    {
        var blocking = await BlockingViolationsAsync(page);

        Assert.True(blocking.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", blocking.Select(Describe)));
    }

    private static async Task<List<AxeResultItem>> BlockingViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return result.Violations.Where(v => _blockingImpacts.Contains(v.Impact)).ToList();
    }

    private static string Describe(AxeResultItem violation) =>
        $"[{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})\n" +
        string.Join("\n", violation.Nodes.Select(n =>
            $"    {n.Target}: {n.Html}\n      {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"));
}

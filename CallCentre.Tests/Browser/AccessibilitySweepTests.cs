using System.Diagnostics;
using CallCentre.Domain.Access;
using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CallCentre.Tests.Browser;

/// <summary>
/// axe-core finds nothing, of any impact, on any page of the access table, for every demo role and anonymous, in
/// Mongolian and English, at desktop and phone widths, with the dialogs that matter open (intake with a caller found,
/// the case moves, the user editor).
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class AccessibilitySweepTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string KnownCallerPhone = "99118800";

    private static readonly (string Email, string Role)[] _demoRoles =
    [
        ("operator@demo.1111.mn", Roles.Operator),
        ("supervisor@demo.1111.mn", Roles.Supervisor),
        ("auditor@demo.1111.mn", Roles.Auditor),
        ("admin@demo.1111.mn", Roles.Administrator),
        ("officer.usug@demo.1111.mn", Roles.AgencyOfficer),
        ("head.usug@demo.1111.mn", Roles.AgencyHead),
    ];

    private static readonly (string Name, int Width, int Height)[] _widths = [("desktop", 1280, 800), ("phone", 360, 740)];

    private static readonly string[] _languages = [Cultures.Mongolian, Cultures.English];

    /// <summary>Anonymous and each demo role, one case each so that a failure names who met it.</summary>
    public static TheoryData<string> Visitors => new() { "anonymous", Roles.Operator, Roles.Supervisor, Roles.Auditor, Roles.Administrator, Roles.AgencyOfficer, Roles.AgencyHead };

    [SkippableTheory]
    [MemberData(nameof(Visitors))]
    public async Task EveryPageOfTheAccessTable_InBothLanguages_AtBothWidths_HasNoViolations(string visitor)
    {
        var clock = Stopwatch.StartNew();
        var violations = new List<string>();
        var visited = visitor == "anonymous" ? await SweepAnonymousAsync(violations) : await SweepRoleAsync(visitor, violations);

        output.WriteLine($"{visitor}: {visited} page visits, each at {_widths.Length} widths, in {clock.Elapsed.TotalSeconds:F0} s; {violations.Count} violating nodes.");
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations:\n" + string.Join("\n", violations.Distinct()));
    }

    private async Task<int> SweepAnonymousAsync(List<string> violations)
    {
        var visited = 0;
        var anonymous = await fixture.NewPageAsync();
        foreach (var language in _languages)
        {
            await anonymous.GotoAsync($"/culture/set?culture={language}&returnUrl=%2FAccount%2FLogin");
            foreach (var entry in AccessTable.Entries.Where(e => e is { Kind: AccessEntryKind.Page, Policy: AccessPolicies.Anonymous }))
            {
                await anonymous.GotoAsync(entry.Route);
                visited++;
                violations.AddRange(await AtBothWidthsAsync(anonymous, $"anonymous {language}", () => Task.CompletedTask));
            }
        }

        await anonymous.Context.CloseAsync();
        return visited;
    }

    private async Task<int> SweepRoleAsync(string role, List<string> violations)
    {
        var visited = 0;
        var caseId = await RegisterKnownCallerAsync();
        var email = _demoRoles.Single(r => r.Role == role).Email;
        var page = await fixture.NewPageAsync();
        await ShellPage.SignInAsync(page, email, DemoAccounts.Password);
        foreach (var language in _languages)
        {
            if (language != Cultures.Mongolian)
            {
                await OpenAsync(page, "/");
                await ShellPage.SwitchLanguageAsync(page, language);
            }

            foreach (var entry in AccessTable.Entries.Where(e => e.Sweep && AccessPolicies.Allows(e.Policy, signedIn: true, [role])))
            {
                var url = entry.Route.Replace("{Id:int}", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                await OpenAsync(page, url);
                visited++;
                violations.AddRange(await AtBothWidthsAsync(page, $"{role} {language}", () => OpenDialogsAsync(page, url, $"{role} {language}", violations)));
            }
        }

        // The account keeps the language last chosen; leave it as the other journeys expect it.
        await OpenAsync(page, "/");
        await ShellPage.SwitchLanguageAsync(page, Cultures.Mongolian);
        await page.Context.CloseAsync();
        return visited;
    }

    [SkippableFact]
    public async Task Check_ReportsAnImageWithoutTextAlternative()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('img'))");

        var violations = await AxeCheck.ViolationsAsync(page, "check");

        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
    }

    /// <summary>
    /// Staff pages open as a user reaches them, through the running circuit (a fresh circuit per page would cost the
    /// sweep minutes); the static Identity pages, and the first page after one, load in full.
    /// </summary>
    private static async Task OpenAsync(IPage page, string url)
    {
        var interactive = await page.Locator("button[data-testid=language-mn]").CountAsync() > 0;
        if (url.StartsWith("/Account", StringComparison.Ordinal) || !interactive)
        {
            await ShellPage.RunAndWaitForNewPageAsync(page, () => page.GotoAsync(url));
        }
        else
        {
            // The address changes at once, the page a moment later: wait until the heading is the new page's.
            var heading = await page.EvaluateAsync<string>("() => document.querySelector('h1')?.textContent ?? ''");
            if (new Uri(page.Url).AbsolutePath != url)
            {
                await page.EvaluateAsync("url => Blazor.navigateTo(url)", url);
                await page.WaitForFunctionAsync(
                    "([url, heading]) => location.pathname === url && (document.querySelector('h1')?.textContent ?? '') !== heading",
                    new[] { url, heading });
            }
        }

        if (!url.StartsWith("/Account", StringComparison.Ordinal))
        {
            await ShellPage.WaitForInteractiveAsync(page);
        }

        await SettleAsync(page);
    }

    /// <summary>axe at desktop width, then the same page at phone width (the layout answers the resize itself).</summary>
    private static async Task<IReadOnlyList<string>> AtBothWidthsAsync(IPage page, string who, Func<Task> dialogs)
    {
        var found = new List<string>();
        foreach (var (name, width, height) in _widths)
        {
            await page.SetViewportSizeAsync(width, height);
            await SettleAsync(page);
            found.AddRange(await AxeCheck.ViolationsAsync(page, $"{who} {name}"));
            if (name == "desktop")
            {
                await dialogs();
            }
        }

        await page.SetViewportSizeAsync(_widths[0].Width, _widths[0].Height);
        return found;
    }

    /// <summary>The dialogs that matter, opened where they live, checked, and closed again without saving.</summary>
    private static async Task OpenDialogsAsync(IPage page, string url, string who, List<string> violations)
    {
        if (url == "/intake")
        {
            await page.Locator("#intake-Phone").FillAsync(KnownCallerPhone);
            await page.Locator("[data-testid=intake-history-entry]").First.WaitForAsync();
            await SettleAsync(page);
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{who} caller-found"));
        }
        else if (url.StartsWith("/cases/", StringComparison.Ordinal))
        {
            var moves = page.Locator("[data-testid=case-page] [data-testid^='move-']");
            foreach (var testId in await moves.EvaluateAllAsync<string[]>("all => all.map(e => e.dataset.testid)"))
            {
                await page.Locator($"[data-testid='{testId}']").ClickAsync();
                await page.Locator("[data-testid=case-move-dialog]").WaitForAsync();
                await SettleAsync(page);
                violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{who} {testId} dialog"));
                await CloseDialogAsync(page, "[data-testid=case-move-dialog]");
            }
        }
        else if (url == "/admin/users")
        {
            await page.Locator("[data-testid=user-edit]").First.ClickAsync();
            await page.Locator(".mud-dialog").WaitForAsync();
            await SettleAsync(page);
            violations.AddRange(await AxeCheck.ViolationsAsync(page, $"{who} user-edit dialog"));
            await CloseDialogAsync(page, ".mud-dialog");
        }
    }

    private static async Task CloseDialogAsync(IPage page, string selector)
    {
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(selector)).ToHaveCountAsync(0);
    }

    /// <summary>Lets the circuit's first data and MudBlazor's transitions land before axe looks.</summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.Locator("h1").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForTimeoutAsync(300);
        await AxeCheck.SettleAsync(page);
    }

    /// <summary>A water call routed to USUG whose phone the intake finds: the case page of every role opens it.</summary>
    private async Task<int> RegisterKnownCallerAsync() => (await BrowserCases.RegisterWaterCallAsync(fixture, "Цэцэг", KnownCallerPhone)).CaseId;
}

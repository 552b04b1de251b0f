using CallCentre.Domain.Cases;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>Opening a case and taking its moves through the case page's dialogs, as a user does.</summary>
public static class CasePageMoves
{
    public static async Task OpenCaseAsync(IPage page, string email, string password, int caseId)
    {
        await ShellPage.SignInAsync(page, email, password);
        await ShellPage.RunAndWaitForNewPageAsync(page, () => page.GotoAsync($"/cases/{caseId}"));
        await ShellPage.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=case-page]").WaitForAsync();
    }

    public static async Task OpenMoveAsync(IPage page, CaseAction action)
    {
        await page.Locator($"[data-testid=move-{action}]").ClickAsync();
        await page.Locator("[data-testid=case-move-dialog]").WaitForAsync();
    }

    /// <summary>Opens the move's dialog, types the text if any, saves, and waits until the page offers the move no more.</summary>
    public static async Task MoveAsync(IPage page, CaseAction action, string? text = null, bool submitWithKeyboard = false)
    {
        await OpenMoveAsync(page, action);
        var field = page.Locator("textarea[data-testid=move-text]");
        if (text is not null)
        {
            await field.FillAsync(text);
        }

        if (submitWithKeyboard)
        {
            await field.PressAsync("Control+Enter");
            await Assertions.Expect(page.Locator("[data-testid=case-move-dialog]")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator($"[data-testid=move-{action}]")).ToHaveCountAsync(0);
            return;
        }

        await SubmitAsync(page, action);
    }

    /// <summary>Writes the response, picks the first resolution and saves.</summary>
    public static async Task RespondAsync(IPage page, string text)
    {
        await OpenMoveAsync(page, CaseAction.Respond);
        await page.Locator("textarea[data-testid=move-text]").FillAsync(text);
        await page.Locator(".mud-input-control:has([data-testid=move-resolution])").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await SubmitAsync(page, CaseAction.Respond);
    }

    /// <summary>Opens the re-route dialog, picks the organisation and saves.</summary>
    public static async Task RerouteAsync(IPage page, System.Text.RegularExpressions.Regex organisation)
    {
        await OpenMoveAsync(page, CaseAction.Reroute);
        await page.Locator(".mud-input-control:has([data-testid=move-organisation])").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = organisation }).First.ClickAsync();
        await SubmitAsync(page, taken: null);
    }

    /// <summary>Saves the open dialog and waits until the reloaded page no longer offers the move just taken (if it should not).</summary>
    public static async Task SubmitAsync(IPage page, CaseAction? taken)
    {
        await page.Locator("[data-testid=move-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=case-move-dialog]")).ToHaveCountAsync(0);
        if (taken is not null)
        {
            await Assertions.Expect(page.Locator($"[data-testid=move-{taken}]")).ToHaveCountAsync(0);
        }
    }
}

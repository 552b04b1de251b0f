using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>What the browser journeys do on the sign-in page and the shell, in one place.</summary>
public static class ShellPage
{
    public static async Task SubmitSignInAsync(IPage page, string email, string password)
    {
        // A fresh form each time: its antiforgery token belongs to the cookies the browser has now.
        await page.GotoAsync("/Account/Login");
        var form = page.Locator("form").Filter(new() { Has = page.Locator("#Input\\.Email") });
        await form.Locator("#Input\\.Email").FillAsync(email);
        await form.Locator("#Input\\.Password").FillAsync(password);
        await RunAndWaitForNewPageAsync(page, () => form.Locator("button[type=submit]").ClickAsync());
    }

    /// <summary>Signs in and waits until the shell is interactive.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await SubmitSignInAsync(page, email, password);
        Assert.False(page.Url.Contains("/Account/", StringComparison.OrdinalIgnoreCase), $"Sign-in as {email} ended at {page.Url}.");
        await WaitForInteractiveAsync(page);
    }

    /// <summary>
    /// Blazor Server renders the page first without a circuit; the language switch becomes a button only once the circuit
    /// is up, so its presence says clicks will be handled.
    /// </summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("button[data-testid=language-mn]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public static async Task SwitchLanguageAsync(IPage page, string culture)
    {
        await RunAndWaitForNewPageAsync(page, () => page.Locator($"[data-testid=language-{culture}]").ClickAsync());
        await WaitForInteractiveAsync(page);
    }

    public static async Task SignOutAsync(IPage page)
    {
        await RunAndWaitForNewPageAsync(page, () => page.Locator("form[action$='Account/Logout'] button[type=submit]").ClickAsync());
    }

    /// <summary>
    /// Runs an action that loads a new document (form post, full-page link) and waits until that document has loaded.
    /// Waiting for a URL is not enough: a failed sign-in or a language switch comes back to the same address.
    /// </summary>
    public static async Task RunAndWaitForNewPageAsync(IPage page, Func<Task> action)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var marker = await page.EvaluateAsync<string>("() => window.__ccDocument ??= crypto.randomUUID()");

        async void OnNavigated(object? sender, IFrame frame)
        {
            try
            {
                if (frame == page.MainFrame && await frame.EvaluateAsync<string?>("() => window.__ccDocument ?? null") != marker)
                {
                    committed.TrySetResult();
                }
            }
            catch (PlaywrightException)
            {
                // The document went away while we looked; the next navigation event will tell.
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await action();
            await committed.Task.WaitAsync(TimeSpan.FromSeconds(45));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No new page was loaded within 45 s; the browser is at {page.Url}.");
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        // Not a load-state wait: locators retry while the new document loads, and SignInAsync waits for the circuit.
        await page.Locator("body").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public static ILocator Nav(IPage page, string textKey) => page.Locator($"[data-testid='nav-{textKey}']");

    /// <summary>
    /// Types <paramref name="search"/> into a MudBlazor autocomplete and chooses the option that contains it, as an
    /// operator does; waits until <paramref name="chosen"/> shows the choice was taken. The list re-renders as each
    /// search answers, so a click that met the list of an earlier search is tried again.
    /// </summary>
    public static async Task ChooseOptionAsync(IPage page, string inputSelector, string search, ILocator chosen, string shows)
    {
        await page.Locator(inputSelector).FillAsync(search);
        for (var attempt = 1; ; attempt++)
        {
            var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = search }).First;
            await option.WaitForAsync();
            await AxeCheck.SettleAsync(page);
            await option.ClickAsync();
            try
            {
                await Assertions.Expect(chosen).ToContainTextAsync(shows, new() { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await page.Locator(inputSelector).FillAsync(search);
            }
        }
    }
}

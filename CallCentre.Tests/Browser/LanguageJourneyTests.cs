using CallCentre.Web.Features.Accounts;

namespace CallCentre.Tests.Browser;

/// <summary>The language a user picks belongs to their account: it comes back at the next sign-in, on any browser.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class LanguageJourneyTests
{
    // Used by no other test, so its saved language is this test's alone.
    private const string Email = "head.gpd@demo.1111.mn";

    private readonly BrowserFixture _fixture;

    public LanguageJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task EnglishChosenOnTheShell_IsBackAfterSigningInAgain_AndMongolianCanBeChosenAgain()
    {
        var page = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(page, Email, DemoAccounts.Password);
        Assert.Equal("Нүүр", await HomeLinkTextAsync(page));

        await ShellPage.SwitchLanguageAsync(page, "en");
        Assert.Equal("Home", await HomeLinkTextAsync(page));
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await ShellPage.SignOutAsync(page);

        // Forget the browser's culture cookie: only the account can remember the choice now.
        await page.Context.ClearCookiesAsync();
        await ShellPage.SignInAsync(page, Email, DemoAccounts.Password);
        Assert.Equal("Home", await HomeLinkTextAsync(page));

        await ShellPage.SwitchLanguageAsync(page, "mn");
        Assert.Equal("Нүүр", await HomeLinkTextAsync(page));
        Assert.Equal("mn", await page.Locator("html").GetAttributeAsync("lang"));
    }

    private static async Task<string> HomeLinkTextAsync(Microsoft.Playwright.IPage page) =>
        (await ShellPage.Nav(page, "Nav.Home").InnerTextAsync()).Trim();
}

using CallCentre.Web.Components.Layout;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Browser;

/// <summary>Signing in as each role shows that role's menu, name and organisation; repeated wrong passwords lock the account.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class SignInJourneyTests
{
    private readonly BrowserFixture _fixture;

    public SignInJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableTheory]
    [InlineData("operator@demo.1111.mn")]
    [InlineData("supervisor@demo.1111.mn")]
    [InlineData("auditor@demo.1111.mn")]
    [InlineData("admin@demo.1111.mn")]
    [InlineData("officer.usug@demo.1111.mn")]
    [InlineData("head.usug@demo.1111.mn")]
    public async Task SignIn_ShowsExactlyTheRolesMenuAndTheUserInTheAppBar(string email)
    {
        var page = await _fixture.NewPageAsync();
        var account = DemoAccounts.All.Single(a => a.Email == email);

        await ShellPage.SignInAsync(page, email, DemoAccounts.Password);

        var allowed = NavigationEntries.For(role => role == account.Role).Select(e => e.TextKey).ToHashSet();
        foreach (var entry in NavigationEntries.All)
        {
            var expected = allowed.Contains(entry.TextKey) ? 1 : 0;
            Assert.True(
                await ShellPage.Nav(page, entry.TextKey).CountAsync() == expected,
                $"{account.Role}: expected {expected} link(s) {entry.TestId}.");
        }

        Assert.Contains(account.DisplayName, await page.Locator("[data-testid=current-user]").InnerTextAsync(), StringComparison.Ordinal);
        var organisation = page.Locator("[data-testid=current-organisation]");
        if (account.OrganisationCode is null)
        {
            Assert.Equal(0, await organisation.CountAsync());
        }
        else
        {
            await using var db = _fixture.OpenDatabase();
            var name = await db.Organisations.Where(o => o.Code == account.OrganisationCode).Select(o => o.NameMn).SingleAsync();
            Assert.Equal(name, (await organisation.InnerTextAsync()).Trim());
        }
    }

    [SkippableFact]
    public async Task FiveWrongPasswords_FromOneAddress_AreStoppedBeforeTheLockout_WithAClearMessage()
    {
        // Used by no other test: a throttled account would break them. One address may fail four times (one fewer
        // than the lockout threshold); the fifth attempt is refused with 429, so a stranger cannot lock the account.
        const string email = "officer.gpd@demo.1111.mn";
        var page = await _fixture.NewPageAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await ShellPage.SubmitSignInAsync(page, email, "wrong-password-" + attempt);
        }

        Assert.Equal(1, await page.Locator("[data-testid=login-throttled]").CountAsync());
        await using var db = _fixture.OpenDatabase();
        Assert.Null(await db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
    }
}

using System.Security.Claims;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Admin.Users;

public sealed class UsersPageTests : CallCentreBunitContext
{
    private UserAdministrationHarness _harness = default!;
    private ApplicationUser _admin = default!;

    public UsersPageTests() => UseCulture("en-GB");

    /// <summary>The users page needs Identity over the harness's own database.</summary>
    protected override bool UsesSeededDatabase => false;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _harness = await UserAdministrationHarness.CreateAsync();
        _admin = await _harness.AddUserAsync("admin@centre.mn", [Roles.Administrator]);
        await _harness.AddUserAsync("officer@agency.mn", [Roles.AgencyOfficer], _harness.ActiveOrganisationId, lockedOut: true);

        UserAdministrationHarness.AddUserAdministration(Services, _harness.Database);
        Services.AddScoped<CurrentUser>();
        SignIn(new Actor(_admin.Id, _admin.DisplayName, new HashSet<string> { Roles.Administrator }, null));
    }

    protected override async ValueTask DisposeTestAsync() => await _harness.DisposeAsync();

    private IStringLocalizer<UsersResource> L => Services.GetRequiredService<IStringLocalizer<UsersResource>>();

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage() => RenderWithProviders<UsersPage>();

    [Fact]
    public void Page_ForAnAdministrator_ShowsTheUsersInTheGrid()
    {
        var page = RenderPage();

        page.WaitForAssertion(() =>
        {
            var grid = page.Find("[data-testid=users-grid]");
            Assert.Contains("admin@centre.mn", grid.TextContent);
            Assert.Contains("officer@agency.mn", grid.TextContent);
            Assert.Contains("Active Agency", grid.TextContent);
            Assert.Contains("Agency officer", grid.TextContent);
            Assert.Single(grid.QuerySelectorAll("[data-testid=user-locked]"));
        });
    }

    [Fact]
    public async Task CreateDialog_WithBadInput_ShowsTheMessagesAtTheFieldsAndSavesNothing()
    {
        var page = RenderPage();
        page.Find("[data-testid=users-new]").Click();
        page.WaitForElement("[data-testid=create-user-dialog]");

        Assert.Empty(page.FindAll("[data-testid=create-user-dialog] .mud-input-error"));
        page.Find("[data-testid=user-email]").Input("not-an-email");
        page.Find("[data-testid=user-password]").Input("short");
        page.Find("[data-testid=user-save]").Click();

        page.WaitForAssertion(() =>
        {
            var dialog = page.Find("[data-testid=create-user-dialog]").TextContent;
            Assert.Contains(L[UserMessages.EmailInvalid], dialog);
            Assert.Contains(L[UserMessages.DisplayNameRequired], dialog);
            Assert.Contains(L[UserMessages.RoleRequired], dialog);
            Assert.Contains(string.Format(L[UserMessages.PasswordTooShort], 12), dialog);
        });
        Assert.Equal("This is not a valid e-mail address (for example name@example.mn).", L[UserMessages.EmailInvalid]);
        Assert.Equal("not-an-email", page.Find("[data-testid=user-email]").GetAttribute("value"));
        Assert.Equal(2, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task CreateDialog_WithAnEmailAlreadyInUse_StaysOpenWithWhatWasTypedAndTheMessageAtTheEmail()
    {
        var page = RenderPage();
        page.Find("[data-testid=users-new]").Click();
        page.WaitForElement("[data-testid=create-user-dialog]");

        page.Find("[data-testid=user-email]").Input("officer@agency.mn");
        page.Find("[data-testid=user-display-name]").Input("Second Officer");
        page.Find("[data-testid=user-roles]").Closest(".mud-input-control")!.MouseDown();
        page.WaitForElements(".mud-popover-provider .mud-list-item")
            .Single(item => item.TextContent.Contains("Operator", StringComparison.Ordinal))
            .Click();
        page.Find("[data-testid=user-password]").Input("a long enough password");
        page.Find("[data-testid=user-save]").Click();

        page.WaitForAssertion(() =>
        {
            var email = page.Find("[data-testid=user-email]");
            Assert.Equal("true", email.GetAttribute("aria-invalid"));
            Assert.Contains(L[UserMessages.EmailTaken], email.Closest(".mud-input-control")!.TextContent);
        });
        Assert.Equal("Second Officer", page.Find("[data-testid=user-display-name]").GetAttribute("value"));
        Assert.Equal("a long enough password", page.Find("[data-testid=user-password]").GetAttribute("value"));
        Assert.Equal(2, await _harness.CountUsersAsync());
    }
}

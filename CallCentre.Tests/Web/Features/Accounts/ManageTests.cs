using System.Net;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Accounts;

public sealed class ManageTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string ChangePasswordPath = "/Account/Manage/ChangePassword";
    private const string NewPassword = "a-long-new-passphrase";

    [Fact]
    public async Task Profile_ShowsNameEmailOrganisationRolesAndLanguage()
    {
        using var client = new FormClient(factory);
        await client.SignInAsync("officer.usug@demo.1111.mn");

        var page = await client.GetPageAsync("/Account/Manage");

        Assert.Equal("Мэргэжилтэн Оюун (УСУГ)", Text(page, "profile-display-name"));
        Assert.Equal("officer.usug@demo.1111.mn", Text(page, "profile-email"));
        Assert.Equal(await OrganisationNameAsync("USUG"), Text(page, "profile-organisation"));
        Assert.Equal("Байгууллагын мэргэжилтэн", Text(page, "profile-roles"));
        Assert.Equal("Монгол", Text(page, "profile-language"));
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task Profile_InEnglish_ShowsTheSavedLanguageAndNoOrganisationForCentralRoles()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Supervisor, culture: Cultures.English);
        using var client = new FormClient(factory);
        await client.SignInAsync(email, TestUsers.Password);

        var page = await client.GetPageAsync("/Account/Manage");

        Assert.Equal("Not set", Text(page, "profile-organisation"));
        Assert.Equal("Supervisor", Text(page, "profile-roles"));
        Assert.Equal("English", Text(page, "profile-language"));
    }

    [Fact]
    public async Task ChangePassword_WithTheRightCurrentPassword_ChangesItAndSaysSo()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator);
        using var client = new FormClient(factory);
        await client.SignInAsync(email, TestUsers.Password);

        using var response = await client.SubmitAsync(ChangePasswordPath, "change-password", Fields(TestUsers.Password, NewPassword, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ChangePasswordPath, FormClient.RedirectTarget(response));
        var page = await client.GetPageAsync(ChangePasswordPath);
        Assert.Equal("Таны нууц үг солигдлоо.", page.QuerySelector("[data-testid='status-message']")?.TextContent.Trim());
        using var again = await client.GetAsync(ChangePasswordPath);
        Assert.Null((await FormClient.ParseAsync(again)).QuerySelector("[data-testid='status-message']"));

        using var withNew = new FormClient(factory);
        await withNew.SignInAsync(email, NewPassword);
        using var withOld = new FormClient(factory);
        using var refused = await withOld.PostSignInAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [Theory]
    [InlineData(TestUsers.Password, NewPassword, "something-else-entirely", "Input.ConfirmPassword", "The two new passwords do not match.")]
    [InlineData(TestUsers.Password, "too-short", "too-short", "Input.NewPassword", "The new password must have at least 12 characters.")]
    [InlineData(TestUsers.Password, TestUsers.Password, TestUsers.Password, "Input.NewPassword", "The new password must differ from the current one.")]
    [InlineData("", NewPassword, NewPassword, "Input.OldPassword", "Enter your current password.")]
    [InlineData("not-my-password-at-all", NewPassword, NewPassword, "Input.OldPassword", "The current password is wrong.")]
    public async Task ChangePassword_WithBadInput_ShowsTheMessageAtTheFieldAndKeepsThePassword(string current, string next, string confirm, string field, string message)
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator, culture: Cultures.English);
        using var client = new FormClient(factory);
        await client.SignInAsync(email, TestUsers.Password);

        using var response = await client.SubmitAsync(ChangePasswordPath, "change-password", Fields(current, next, confirm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        var input = page.GetElementById(field)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal(message, input.ParentElement!.QuerySelector(".validation-message")?.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("input[type='password']"), i => Assert.Equal("", i.GetAttribute("value")));
        Assert.True(await TestUsers.WithUserAsync(factory, email, (users, user) => users.CheckPasswordAsync(user, TestUsers.Password)));
    }

    [Fact]
    public async Task ManagePages_AskAnonymousVisitorsToSignIn()
    {
        using var client = new FormClient(factory);

        using var response = await client.GetAsync("/Account/Manage/ChangePassword");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", FormClient.RedirectTarget(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagePage_ForAnAccountDeletedWhileSignedIn_SendsToInvalidUser()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator);
        using var client = new FormClient(factory);
        await client.SignInAsync(email, TestUsers.Password);
        await TestUsers.WithUserAsync(factory, email, (users, user) => users.DeleteAsync(user));

        using var response = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/InvalidUser", FormClient.RedirectTarget(response));
        var page = await client.GetPageAsync("/Account/InvalidUser");
        Assert.Equal("Бүртгэл олдсонгүй", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Account/Logout", page.QuerySelector("main form")?.GetAttribute("action"));
    }

    private static Dictionary<string, string> Fields(string current, string next, string confirm) => new()
    {
        ["Input.OldPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = confirm,
    };

    private static string? Text(AngleSharp.Html.Dom.IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid='{testId}']")?.TextContent.Trim();

    private async Task<string> OrganisationNameAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCentreDbContext>();
        return await db.Organisations.Where(o => o.Code == code).Select(o => o.NameMn).SingleAsync();
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using CallCentre.Domain.Accounts;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;

namespace CallCentre.Tests.Web.Features.Accounts;

public sealed class SignInTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string WrongPasswordMn = "Цахим шуудангийн хаяг эсвэл нууц үг буруу байна.";
    private const string WrongPasswordEn = "Wrong e-mail address or password.";

    [Fact]
    public async Task SignIn_WithRightPassword_SetsTheAuthCookieAndRedirectsHome()
    {
        using var client = new FormClient(factory);

        using var response = await client.PostSignInAsync("operator@demo.1111.mn", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", FormClient.RedirectTarget(response));
        Assert.NotNull(client.CookieValue(FormClient.AuthCookie));
        var home = await client.GetPageAsync("/");
        Assert.Equal("Оператор Болд", home.QuerySelector("[data-testid='current-user'] .cc-user-name")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/Account/Manage", "/Account/Manage")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    public async Task SignIn_WithReturnUrl_GoesThereOnlyWhenItIsOnThisSite(string returnUrl, string expected)
    {
        using var client = new FormClient(factory);
        var path = "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

        using var response = await client.SubmitAsync(path, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "operator@demo.1111.mn",
            ["Input.Password"] = DemoAccounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, FormClient.RedirectTarget(response));
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsTheErrorInMongolianByDefault()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator);
        using var client = new FormClient(factory);

        using var response = await client.PostSignInAsync(email, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("mn", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(WrongPasswordMn, page.QuerySelector("[data-testid='login-error']")?.TextContent.Trim());
        Assert.Null(client.CookieValue(FormClient.AuthCookie));
        Assert.Equal("", ((IHtmlInputElement)page.GetElementById("Input.Password")!).Value);
        Assert.Equal(email, ((IHtmlInputElement)page.GetElementById("Input.Email")!).Value);
    }

    [Fact]
    public async Task SignIn_WithWrongPasswordAndEnglishCultureCookie_ShowsTheErrorInEnglish()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator);
        using var client = new FormClient(factory, culture: "en-GB");

        using var response = await client.PostSignInAsync(email, "not-the-password-at-all");

        var page = await FormClient.ParseAsync(response);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(WrongPasswordEn, page.QuerySelector("[data-testid='login-error']")?.TextContent.Trim());
        Assert.Null(client.CookieValue(FormClient.AuthCookie));
    }

    [Fact]
    public async Task SignIn_WithUnknownEmail_AnswersExactlyLikeAWrongPassword()
    {
        using var client = new FormClient(factory);

        using var response = await client.PostSignInAsync("nobody-" + Guid.NewGuid().ToString("N") + "@demo.1111.mn", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(WrongPasswordMn, page.QuerySelector("[data-testid='login-error']")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(null, "Цахим шуудангийн хаягаа оруулна уу.", "Нууц үгээ оруулна уу.")]
    [InlineData("en-GB", "Enter your e-mail address.", "Enter your password.")]
    public async Task SignIn_WithEmptyFields_ShowsLocalizedFieldMessages(string? culture, string emailMessage, string passwordMessage)
    {
        using var client = new FormClient(factory, culture);

        using var response = await client.PostSignInAsync("", "");

        var page = await FormClient.ParseAsync(response);
        var messages = page.QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
        Assert.Equal([emailMessage, passwordMessage], messages);
        Assert.Equal("true", page.GetElementById("Input.Email")?.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("[data-testid='login-error']"));
    }

    [Theory]
    [InlineData("15", "You can try again in 15 minutes.")]
    [InlineData("1", "You can try again in a minute.")]
    [InlineData("", "Try again later.")]
    [InlineData("100000", "Try again later.")]
    public async Task LockoutPage_SaysWhenToTryAgain(string minutes, string expected)
    {
        using var client = new FormClient(factory, culture: "en-GB");

        var page = await client.GetPageAsync("/Account/Lockout?minutes=" + minutes);

        Assert.Equal(expected, page.QuerySelector("[data-testid='lockout-when']")?.TextContent.Trim());
        Assert.Contains("contact your administrator", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WritesTheCultureCookieFromThePreferredCulture()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator, culture: Cultures.English);
        using var client = new FormClient(factory);

        await client.SignInAsync(email, TestUsers.Password);

        Assert.Equal("c=en-GB|uic=en-GB", client.CookieValue(FormClient.CultureCookie));
        var home = await client.GetPageAsync("/");
        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task SignIn_WithMongolianPreferredCulture_ReplacesAnEnglishCultureCookie()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator, culture: Cultures.Mongolian);
        using var client = new FormClient(factory, culture: "en-GB");

        await client.SignInAsync(email, TestUsers.Password);

        Assert.Equal("c=mn-MN|uic=mn-MN", client.CookieValue(FormClient.CultureCookie));
    }

    [Fact]
    public async Task SignInPage_OffersNoRegistrationPasskeyExternalLoginOrPasswordReset()
    {
        using var client = new FormClient(factory);

        var page = await client.GetPageAsync("/Account/Login");

        var forms = page.QuerySelectorAll("input[name='_handler']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["login"], forms);
        var fields = page.Forms.Single().QuerySelectorAll("input:not([type='hidden'])").Select(i => i.Id).ToList();
        Assert.Equal(["Input.Email", "Input.Password"], fields);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Empty(links);
        Assert.NotNull(page.QuerySelector("[data-testid='login-submit']"));
    }

    [Fact]
    public async Task SignInPage_LanguageSwitch_ReturnsToTheSamePageInEnglish()
    {
        using var client = new FormClient(factory);
        var page = await client.GetPageAsync("/Account/Login?ReturnUrl=%2FAccount%2FManage");
        Assert.Equal("Нэвтрэх", page.QuerySelector("h1")?.TextContent.Trim());

        using var switched = await client.GetAsync(page.QuerySelector("[data-testid='language-en']")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = await client.GetPageAsync(FormClient.RedirectTarget(switched)!);
        Assert.Equal("Sign in", english.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Wrong e-mail address or password.", (await FormClient.ParseAsync(await client.PostSignInAsync("nobody@demo.1111.mn", "whatever-password"))).QuerySelector("[data-testid='login-error']")?.TextContent.Trim());
    }
}

using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CallCentre.Domain.Accounts;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;

namespace CallCentre.Tests.Web.Features.Accounts;

/// <summary>Runs with the demo accounts NOT exempt from the 2FA requirement, as in Production.</summary>
public sealed class TwoFactorTests(TwoFactorTests.RequirementEnforcedFactory factory) : IClassFixture<TwoFactorTests.RequirementEnforcedFactory>
{
    private const string EnrolPath = "/Account/Manage/EnableAuthenticator";

    public sealed class RequirementEnforcedFactory : CallCentreWebFactory
    {
        public RequirementEnforcedFactory() => Settings["Security:ExemptDemoAccountsFromTwoFactor"] = "false";
    }

    [Fact]
    public async Task Administrator_WithoutAuthenticator_IsSentToEnrolAndCanOpenHomeAfterEnrolling()
    {
        using var client = new FormClient(factory);
        await client.SignInAsync("admin@demo.1111.mn");

        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(EnrolPath + "?required=1", FormClient.RedirectTarget(home));

        var enrol = await client.GetPageAsync(EnrolPath + "?required=1");
        Assert.NotNull(enrol.QuerySelector("[data-testid='two-factor-required']"));
        var key = KeyShownOn(enrol);
        using var verified = await client.SubmitAsync(enrol, EnrolPath + "?required=1", "enable-authenticator", new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow),
        });

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var codes = await FormClient.ParseAsync(verified);
        Assert.Equal(10, codes.QuerySelectorAll("[data-testid='recovery-codes'] li").Length);
        Assert.Equal("/", codes.QuerySelector("[data-testid='recovery-codes'] ~ p a")?.GetAttribute("href"));
        using var homeAfter = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, homeAfter.StatusCode);
        Assert.True(await TestUsers.WithUserAsync(factory, "admin@demo.1111.mn", (users, user) => users.GetTwoFactorEnabledAsync(user)));
    }

    [Fact]
    public async Task EnrolPage_ShowsTheQrCodeAndTheKeyForTheCallCentreIssuer()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Auditor);
        using var client = new FormClient(factory);
        await client.SignInAsync(email, TestUsers.Password);

        var enrol = await client.GetPageAsync(EnrolPath + "?required=1");

        var key = KeyShownOn(enrol);
        var storedKey = await TestUsers.WithUserAsync(factory, email, (users, user) => users.GetAuthenticatorKeyAsync(user));
        Assert.Equal(storedKey, key);
        var link = enrol.QuerySelector("[data-testid='authenticator-link']")?.GetAttribute("href");
        Assert.Equal($"otpauth://totp/CallCentre%2011-11:{Uri.EscapeDataString(email)}?secret={key}&issuer=CallCentre%2011-11&digits=6", link);
        var qr = enrol.QuerySelector("[data-testid='authenticator-qr']")!;
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("alt")));
        var src = qr.GetAttribute("src")!;
        Assert.StartsWith("data:image/svg+xml;base64,", src, StringComparison.Ordinal);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(src["data:image/svg+xml;base64,".Length..]));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<path", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enrolling_WithAWrongCode_SaysSoAndLeavesTwoFactorOff()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Auditor, culture: Cultures.English);
        using var client = new FormClient(factory);
        await client.SignInAsync(email, TestUsers.Password);
        var enrol = await client.GetPageAsync(EnrolPath);

        using var response = await client.SubmitAsync(enrol, EnrolPath, "enable-authenticator", new Dictionary<string, string>
        {
            ["Input.Code"] = WrongCode(KeyShownOn(enrol)),
        });

        var page = await FormClient.ParseAsync(response);
        Assert.StartsWith("The code is wrong or has expired.", page.QuerySelector("[data-testid='authenticator-error']")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.False(await TestUsers.WithUserAsync(factory, email, (users, user) => users.GetTwoFactorEnabledAsync(user)));
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Theory]
    [InlineData("12345", "Баталгаажуулах аппликейшнд харагдаж буй 6 оронтой кодыг оруулна уу.")]
    [InlineData("abcdef", "Баталгаажуулах аппликейшнд харагдаж буй 6 оронтой кодыг оруулна уу.")]
    public async Task Enrolling_WithSomethingThatIsNotASixDigitCode_ShowsTheFieldMessage(string code, string message)
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator);
        using var client = new FormClient(factory);
        await client.SignInAsync(email, TestUsers.Password);

        using var response = await client.SubmitAsync(EnrolPath, "enable-authenticator", new Dictionary<string, string> { ["Input.Code"] = code });

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector(".validation-message")?.TextContent.Trim());
    }

    [Fact]
    public async Task Operator_IsNeverSentToEnrol()
    {
        using var client = new FormClient(factory);
        await client.SignInAsync("operator@demo.1111.mn");

        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var enrol = await client.GetPageAsync(EnrolPath);
        Assert.Null(enrol.QuerySelector("[data-testid='two-factor-required']"));
    }

    [Fact]
    public async Task SignIn_WithAuthenticator_AsksForTheCodeThenSignsInAndWritesTheCultureCookie()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator, culture: Cultures.English);
        var key = await TestUsers.EnableAuthenticatorAsync(factory, email);
        using var client = new FormClient(factory);

        using var password = await client.PostSignInAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/Account/LoginWith2fa", FormClient.RedirectTarget(password));
        Assert.Null(client.CookieValue(FormClient.AuthCookie));

        using var wrong = await client.SubmitAsync("/Account/LoginWith2fa", "login-with-2fa", new Dictionary<string, string> { ["Input.TwoFactorCode"] = WrongCode(key) });
        var wrongPage = await FormClient.ParseAsync(wrong);
        Assert.StartsWith("Код буруу эсвэл хугацаа нь дууссан байна.", wrongPage.QuerySelector("[data-testid='login-error']")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(client.CookieValue(FormClient.AuthCookie));

        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        using var signedIn = await client.SubmitAsync("/Account/LoginWith2fa", "login-with-2fa", new Dictionary<string, string> { ["Input.TwoFactorCode"] = code[..3] + " " + code[3..] });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", FormClient.RedirectTarget(signedIn));
        Assert.NotNull(client.CookieValue(FormClient.AuthCookie));
        Assert.Equal("c=en-GB|uic=en-GB", client.CookieValue(FormClient.CultureCookie));
    }

    [Fact]
    public async Task SignIn_WithRecoveryCode_WorksOnceAndWritesTheCultureCookie()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator, culture: Cultures.English);
        await TestUsers.EnableAuthenticatorAsync(factory, email);
        var recoveryCode = (await TestUsers.WithUserAsync(factory, email, (users, user) => users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10)))!.First();

        using (var first = new FormClient(factory))
        {
            await first.PostSignInAsync(email, TestUsers.Password);
            using var signedIn = await first.SubmitAsync("/Account/LoginWithRecoveryCode", "login-with-recovery-code", new Dictionary<string, string> { ["Input.RecoveryCode"] = recoveryCode });
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.NotNull(first.CookieValue(FormClient.AuthCookie));
            Assert.Equal("c=en-GB|uic=en-GB", first.CookieValue(FormClient.CultureCookie));
        }

        using var second = new FormClient(factory);
        await second.PostSignInAsync(email, TestUsers.Password);
        using var reused = await second.SubmitAsync("/Account/LoginWithRecoveryCode", "login-with-recovery-code", new Dictionary<string, string> { ["Input.RecoveryCode"] = recoveryCode });
        var page = await FormClient.ParseAsync(reused);
        Assert.Equal("Сэргээх код буруу эсвэл өмнө нь ашиглагдсан байна.", page.QuerySelector("[data-testid='login-error']")?.TextContent.Trim());
        Assert.Null(second.CookieValue(FormClient.AuthCookie));
    }

    [Fact]
    public async Task SecondStep_WithoutThePasswordStep_GoesToSignIn()
    {
        using var client = new FormClient(factory);

        using var response = await client.GetAsync("/Account/LoginWith2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", FormClient.RedirectTarget(response));
    }

    [Fact]
    public async Task RequiredRole_CannotTurnTwoFactorOff()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Administrator);
        var key = await TestUsers.EnableAuthenticatorAsync(factory, email);
        using var client = new FormClient(factory);
        await client.SignInWithAuthenticatorAsync(email, TestUsers.Password, key);

        var settings = await client.GetPageAsync("/Account/Manage/TwoFactorAuthentication");
        var disable = await client.GetPageAsync("/Account/Manage/Disable2fa");

        Assert.Null(settings.QuerySelector("a[href='Account/Manage/Disable2fa']"));
        Assert.NotNull(disable.QuerySelector("[data-testid='disable-2fa-not-allowed']"));
        Assert.Null(disable.QuerySelector("[data-testid='disable-2fa-submit']"));
    }

    [Fact]
    public async Task OptionalRole_CanTurnTwoFactorOff()
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator);
        var key = await TestUsers.EnableAuthenticatorAsync(factory, email);
        using var client = new FormClient(factory);
        await client.SignInWithAuthenticatorAsync(email, TestUsers.Password, key);

        using var response = await client.SubmitAsync("/Account/Manage/Disable2fa", "disable-2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var settings = await client.GetPageAsync(FormClient.RedirectTarget(response)!);
        Assert.Equal("Хоёр шатлалт баталгаажуулалт унтарлаа. Баталгаажуулах аппликейшн тохируулж дахин идэвхжүүлж болно.", settings.QuerySelector("[data-testid='status-message']")?.TextContent.Trim());
        Assert.False(await TestUsers.WithUserAsync(factory, email, (users, user) => users.GetTwoFactorEnabledAsync(user)));
    }

    /// <summary>The key as the page shows it for typing ("abcd efgh ..."), back in the Base32 form Identity stores.</summary>
    private static string KeyShownOn(IHtmlDocument page)
    {
        var shown = page.QuerySelector("[data-testid='authenticator-key']")?.TextContent ?? throw new InvalidOperationException("no key on the page");
        Assert.Matches("^([a-z2-7]{4} )*[a-z2-7]{1,4}$", shown.Trim());
        return shown.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
    }

    /// <summary>A well-formed code that is none of those the server accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }
}

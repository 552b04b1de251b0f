using System.Net;
using AngleSharp.Html.Dom;
using CallCentre.Domain.Accounts;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Accounts;

/// <summary>What every account page must keep: static rendering, one h1, a label for every field, the language of the page.</summary>
public sealed class AccountPageStructureTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    public static TheoryData<string> SignedInPages =>
    [
        "/Account/Manage",
        "/Account/Manage/ChangePassword",
        "/Account/Manage/TwoFactorAuthentication",
        "/Account/Manage/EnableAuthenticator",
        "/Account/Manage/Disable2fa",
        "/Account/Manage/ResetAuthenticator",
        "/Account/Manage/GenerateRecoveryCodes",
        "/Account/AccessDenied",
    ];

    public static TheoryData<string> AnonymousPages => ["/Account/Login", "/Account/Lockout", "/Account/InvalidUser"];

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task SignedInPage_IsStaticWithOneHeadingAndLabelledFields(string path)
    {
        var email = await TestUsers.CreateAsync(factory, Roles.Operator, culture: Cultures.English);
        var key = await TestUsers.EnableAuthenticatorAsync(factory, email);
        await TestUsers.WithUserAsync(factory, email, (users, user) => users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10));
        using var client = new FormClient(factory);
        await client.SignInWithAuthenticatorAsync(email, TestUsers.Password, key);

        AssertWellFormed(await client.GetPageAsync(path), "en");
    }

    [Theory]
    [MemberData(nameof(AnonymousPages))]
    public async Task AnonymousPage_IsStaticWithOneHeadingAndLabelledFields(string path)
    {
        using var client = new FormClient(factory);

        AssertWellFormed(await client.GetPageAsync(path), "mn");
    }

    [Fact]
    public async Task InteractivePages_CarryTheServerMarkerThatAccountPagesMustNot()
    {
        using var client = new FormClient(factory);
        await client.SignInAsync("operator@demo.1111.mn");

        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(InteractiveMarker, await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private const string InteractiveMarker = "\"type\":\"server\"";

    private static void AssertWellFormed(IHtmlDocument page, string language)
    {
        Assert.DoesNotContain(InteractiveMarker, page.Source.Text, StringComparison.Ordinal);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Single(page.QuerySelectorAll("main"));
        foreach (var field in page.QuerySelectorAll("main input:not([type='hidden']), main select, main textarea"))
        {
            Assert.False(string.IsNullOrEmpty(field.Id), $"a field without id: {field.OuterHtml}");
            var label = page.QuerySelector($"label[for='{field.Id}']");
            Assert.True(label is not null && label.TextContent.Trim().Length > 0, $"no label for {field.Id}");
        }

        foreach (var image in page.QuerySelectorAll("main img"))
        {
            Assert.True(image.HasAttribute("alt"), $"an image without alt: {image.OuterHtml[..Math.Min(80, image.OuterHtml.Length)]}");
        }
    }
}

using System.Net;
using System.Text.RegularExpressions;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Admin.Users;

public sealed partial class UsersPageAccessTests : IClassFixture<CallCentreWebFactory>
{
    private const string GridMarker = "data-testid=\"users-grid\"";

    private readonly CallCentreWebFactory _factory;

    public UsersPageAccessTests(CallCentreWebFactory factory) => _factory = factory;

    [Fact]
    public async Task UsersPage_ForAnAdministrator_ShowsTheUsersGrid()
    {
        var client = await SignedInClientAsync("admin@demo.1111.mn");

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(GridMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_ForASignedInOperator_IsRefusedAndShowsNoUsers()
    {
        var client = await SignedInClientAsync("operator@demo.1111.mn");

        // The page's [Authorize] policy is checked by the endpoint before Blazor renders: the operator is sent to access denied.
        var response = await client.GetAsync("/admin/users");
        Assert.DoesNotContain(GridMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);

        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
        var html = await denied.Content.ReadAsStringAsync();
        Assert.DoesNotContain(GridMarker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("operator@demo.1111.mn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_ForAnAnonymousVisitor_RedirectsToSignIn()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(GridMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenInput(form, "__RequestVerificationToken"),
            ["_handler"] = HiddenInput(form, "_handler"),
            ["Input.Email"] = email,
            ["Input.Password"] = "demo-password-1111",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(".AspNetCore.", string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        return client;
    }

    private static string HiddenInput(string html, string name)
    {
        var match = HiddenInputPattern().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(match is not null, $"The sign-in form has no hidden input {name}.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInputPattern();
}

using System.Net;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;

namespace CallCentre.Tests.Web.Infrastructure;

/// <summary>Forms are protected against cross-site posts: sign-out without the form's token is refused and changes nothing.</summary>
public sealed class AntiforgeryTests : IClassFixture<CallCentreWebFactory>
{
    private readonly CallCentreWebFactory _factory;

    public AntiforgeryTests(CallCentreWebFactory factory) => _factory = factory;

    [Fact]
    public async Task LogoutPost_WithoutToken_IsRefusedAndTheUserStaysSignedIn()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await HtmlForms.SignInAsync(client, "supervisor@demo.1111.mn", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task LogoutPost_WithTheShellsToken_SignsOut()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        await HtmlForms.SignInAsync(client, "operator@demo.1111.mn", DemoAccounts.Password);
        var shell = await client.GetStringAsync("/");
        var token = HtmlForms.HiddenFields(shell)[HtmlForms.AntiforgeryField];

        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { [HtmlForms.AntiforgeryField] = token }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/Login", home.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

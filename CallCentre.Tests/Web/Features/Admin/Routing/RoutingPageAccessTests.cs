using System.Net;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Admin.Routing;

public sealed class RoutingPageAccessTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string PageMarker = "data-testid=\"routing-page\"";

    [Fact]
    public async Task RoutingPage_ForAnOperator_ShowsNoneOfItsContent()
    {
        var client = await WebSignIn.ClientForAsync(factory, "operator@demo.1111.mn");

        using var response = await client.GetAsync("/admin/routing");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(PageMarker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("routing-grid", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoutingPage_ForAnAdministrator_IsShown()
    {
        var client = await WebSignIn.ClientForAsync(factory, "admin@demo.1111.mn");

        using var response = await client.GetAsync("/admin/routing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PageMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

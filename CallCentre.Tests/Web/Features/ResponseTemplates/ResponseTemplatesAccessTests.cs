using System.Net;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.ResponseTemplates;

public sealed class ResponseTemplatesAccessTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string PageMarker = "data-testid=\"templates-page\"";

    [Theory]
    [InlineData("officer.usug@demo.1111.mn")]
    [InlineData("operator@demo.1111.mn")]
    public async Task TemplatesPage_ForAnyoneButHeadsAndAdministrators_ShowsNoneOfItsContent(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        using var response = await client.GetAsync("/agency/templates");

        Assert.DoesNotContain(PageMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplatesPage_ForAnAgencyHead_IsShown()
    {
        var client = await WebSignIn.ClientForAsync(factory, "head.usug@demo.1111.mn");

        using var response = await client.GetAsync("/agency/templates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PageMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

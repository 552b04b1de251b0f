using System.Net;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Infrastructure;

public sealed class SmokeTests : IClassFixture<CallCentreWebFactory>
{
    private readonly CallCentreWebFactory _factory;

    public SmokeTests(CallCentreWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Health_And_SignIn_Page_Are_Served()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var login = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("nosniff", login.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

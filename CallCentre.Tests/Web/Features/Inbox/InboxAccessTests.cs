using System.Net;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CallCentre.Tests.Web.Features.Inbox;

/// <summary>The inbox through the real app: only an organisation's staff have one.</summary>
public sealed class InboxAccessTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string InboxMarker = "data-testid=\"inbox-live\"";

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operator@demo.1111.mn")]
    [InlineData("supervisor@demo.1111.mn")]
    [InlineData("auditor@demo.1111.mn")]
    [InlineData("admin@demo.1111.mn")]
    public async Task StaffWhoAreNotAnAgencys_AreRefused(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        var response = await client.GetAsync("/inbox");

        Assert.DoesNotContain(InboxMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData("officer.usug@demo.1111.mn")]
    [InlineData("head.gpd@demo.1111.mn")]
    public async Task AgencyStaff_GetTheirInbox(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        var response = await client.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(InboxMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

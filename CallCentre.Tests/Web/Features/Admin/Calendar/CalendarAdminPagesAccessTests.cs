using System.Net;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Admin.Calendar;

/// <summary>The calendar and SLA policy pages are for administrators only: anyone else gets none of their content.</summary>
public sealed class CalendarAdminPagesAccessTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    [Theory]
    [InlineData("operator@demo.1111.mn", "/admin/calendar", "calendar-page")]
    [InlineData("supervisor@demo.1111.mn", "/admin/calendar", "calendar-page")]
    [InlineData("head.usug@demo.1111.mn", "/admin/calendar", "calendar-page")]
    [InlineData("auditor@demo.1111.mn", "/admin/calendar", "calendar-page")]
    [InlineData("operator@demo.1111.mn", "/admin/sla", "sla-page")]
    [InlineData("supervisor@demo.1111.mn", "/admin/sla", "sla-page")]
    [InlineData("head.usug@demo.1111.mn", "/admin/sla", "sla-page")]
    [InlineData("officer.gpd@demo.1111.mn", "/admin/sla", "sla-page")]
    public async Task AdminPage_ForAnyoneButAnAdministrator_ShowsNoneOfItsContent(string user, string path, string marker)
    {
        var client = await WebSignIn.ClientForAsync(factory, user);

        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain($"data-testid=\"{marker}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Naadam", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_SignedOut_RedirectToSignIn()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var path in new[] { "/admin/calendar", "/admin/sla" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/admin/calendar", "calendar-page")]
    [InlineData("/admin/sla", "sla-page")]
    public async Task AdminPage_ForAnAdministrator_IsShown(string path, string marker)
    {
        var client = await WebSignIn.ClientForAsync(factory, "admin@demo.1111.mn");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-testid=\"{marker}\"", html, StringComparison.Ordinal);
        Assert.Contains(path == "/admin/calendar" ? "Naadam" : "sla-default-row", html, StringComparison.Ordinal);
    }
}

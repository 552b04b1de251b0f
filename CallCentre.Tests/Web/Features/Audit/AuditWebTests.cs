using System.Net;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Audit;

public sealed class AuditWebTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string PageMarker = "data-testid=\"audit-page\"";

    private async Task<List<AuditEntry>> EntriesAsync(Func<AuditEntry, bool> where)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        return (await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync()).Where(where).ToList();
    }

    [Theory]
    [InlineData("auditor@demo.1111.mn")]
    [InlineData("admin@demo.1111.mn")]
    public async Task AuditPage_ForAuditorsAndAdministrators_IsShown(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        using var response = await client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PageMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operator@demo.1111.mn")]
    [InlineData("supervisor@demo.1111.mn")]
    [InlineData("head.usug@demo.1111.mn")]
    public async Task AuditPage_ForOtherRoles_ShowsNothingAndIsAuditedAsRefused(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        using var response = await client.GetAsync("/audit");

        Assert.DoesNotContain(PageMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refusal = (await EntriesAsync(e => e.Action == "Access.Denied" && e.SubjectId == "/audit")).Last();
        Assert.Equal(AuditOutcome.Refused, refusal.Outcome);
        Assert.NotNull(refusal.ActorId);
    }

    [Fact]
    public async Task JobsDashboard_ForAnAdministrator_IsServed()
    {
        var client = await WebSignIn.ClientForAsync(factory, "admin@demo.1111.mn");

        using var response = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("operator@demo.1111.mn")]
    [InlineData("auditor@demo.1111.mn")]
    public async Task JobsDashboard_ForOtherRoles_IsForbidden(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        using var response = await client.GetAsync("/jobs");

        // The access table's Administration policy refuses them before Hangfire does, as every page refuses: access denied.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobsDashboard_ForAnonymousVisitors_IsRefused()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIns_AreAudited_SucceededAndFailed_WithTheClientAddress()
    {
        // TestServer has no client address of its own; this instance gives every request one, as Kestrel would.
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>()));
        await WebSignIn.ClientForAsync(app, "supervisor@demo.1111.mn");
        await PostSignInAsync(app, "supervisor@demo.1111.mn", "wrong-password-0000");
        await PostSignInAsync(app, "nobody@demo.1111.mn", "wrong-password-0000");

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        var supervisorId = await db.Users.Where(u => u.Email == "supervisor@demo.1111.mn").Select(u => u.Id).SingleAsync();
        var succeeded = (await EntriesAsync(e => e.Action == "SignIn.Succeeded" && e.SubjectId == supervisorId)).Last();
        Assert.Equal(supervisorId, succeeded.ActorId);
        Assert.Equal("{\"Method\":\"Password\"}", succeeded.After);
        Assert.Equal("203.0.113.9", succeeded.ClientAddress);
        var failed = (await EntriesAsync(e => e.Action == "SignIn.Failed" && e.SubjectId == supervisorId)).Last();
        Assert.Equal(AuditOutcome.Failed, failed.Outcome);

        // Unknown e-mails are counted per address and written as one entry when the window ends (or the app stops).
        await app.Services.GetRequiredService<CallCentre.Web.Features.RateLimits.UnknownAccountSignIns>().FlushAsync(all: true, CancellationToken.None);
        var unknown = (await EntriesAsync(e => e.Action == "SignIn.Failed" && e.ActorId == null && e.ClientAddress == "203.0.113.9")).Last();
        Assert.Null(unknown.ActorName);
        Assert.Contains("UnknownAccount", unknown.After, StringComparison.Ordinal);
        Assert.Contains("\"Names\":\"nobody@demo.1111.mn\"", unknown.After, StringComparison.Ordinal);
    }

    private static async Task PostSignInAsync(WebApplicationFactory<Program> app, string email, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await HtmlForms.SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

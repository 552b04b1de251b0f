using System.Net;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Reports;

/// <summary>The real app with its reports folder in the temp folder.</summary>
public sealed class ReportsWebFactory : CallCentreWebFactory
{
    public ReportsWebFactory()
    {
        Settings["Reports:Folder"] = Folder;
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "callcentre-tests", "web-reports-" + Guid.NewGuid().ToString("N"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

public sealed class ReportsWebTests(ReportsWebFactory factory) : IClassFixture<ReportsWebFactory>
{
    private const string PageMarker = "data-testid=\"reports-page\"";

    /// <summary>A demo account as the use cases see it, roles from the database.</summary>
    private async Task<Actor> ActorAsync(string email)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        return new Actor(user.Id, user.DisplayName, roles.ToHashSet(), user.OrganisationId);
    }

    /// <summary>Requests and writes a case register for the account, as the page and the job would.</summary>
    private async Task<int> ReportForAsync(string email)
    {
        var actor = await ActorAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<RequestReport>().RunAsync(
            new RequestReportInput(ReportKind.CaseRegister, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, Language.Mongolian), actor);
        Assert.Equal(ReportStatus.Done, await scope.ServiceProvider.GetRequiredService<GenerateReport>().RunAsync(new GenerateReportInput(id), Actor.System));
        return id;
    }

    [Theory]
    [InlineData("auditor@demo.1111.mn")]
    [InlineData("supervisor@demo.1111.mn")]
    [InlineData("head.usug@demo.1111.mn")]
    [InlineData("admin@demo.1111.mn")]
    public async Task ReportsPage_ForTheReportingRoles_IsShown(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        using var response = await client.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PageMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operator@demo.1111.mn")]
    [InlineData("officer.usug@demo.1111.mn")]
    public async Task ReportsPage_ForOtherRoles_ShowsNothing(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        using var response = await client.GetAsync("/reports");

        Assert.DoesNotContain(PageMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_ByTheRequester_SendsTheWorkbook_AndIsAudited()
    {
        var id = await ReportForAsync("auditor@demo.1111.mn");
        var client = await WebSignIn.ClientForAsync(factory, "auditor@demo.1111.mn");

        using var response = await client.GetAsync($"/reports/{id}/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        Assert.Equal("Нүүр", workbook.Worksheet(1).Name);
        Assert.Equal("Дугаар", workbook.Worksheet("Хэрэг").Cell(1, 1).GetString());
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "Report.Downloaded" && e.SubjectId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("supervisor@demo.1111.mn")]
    [InlineData("admin@demo.1111.mn")]
    [InlineData("head.usug@demo.1111.mn")]
    [InlineData("operator@demo.1111.mn")]
    public async Task Download_ByAnyoneElse_IsNotFound(string email)
    {
        var id = await ReportForAsync("auditor@demo.1111.mn");
        var client = await WebSignIn.ClientForAsync(factory, email);

        using var response = await client.GetAsync($"/reports/{id}/download");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{id + 1000}/download")).StatusCode);
    }

    [Fact]
    public async Task Download_Anonymous_IsRefused()
    {
        var id = await ReportForAsync("auditor@demo.1111.mn");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/reports/{id}/download");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

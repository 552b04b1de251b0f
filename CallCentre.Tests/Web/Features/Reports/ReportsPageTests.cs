using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using CallCentre.Tests.Web.Features.Cases;
using CallCentre.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Reports;

public sealed class ReportsPageTests : CasePagesTestContext
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(30);
    private readonly ReportSettings _settings = new() { Folder = Path.Combine(Path.GetTempPath(), "callcentre-tests", "no-reports") };
    private readonly List<int> _queued = [];
    private Actor _auditor = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(_settings);
        Services.AddSingleton<IReportScheduler>(new Scheduler(_queued));
        _auditor = await Database.AddActorAsync(Roles.Auditor);
        SignIn(_auditor);
        Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task Request_WithTheDefaultPeriod_IsQueuedAndListed()
    {
        var page = Render<ReportsPage>();

        await page.Find("[data-testid=reports-request]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=reports-row]")), _wait);
        Assert.Single(_queued);
        Assert.Contains("Queued", page.Find("[data-testid=reports-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_OverTheLongestPeriod_SaysWhy_AndQueuesNothing()
    {
        _settings.MaxPeriodDays = 5;
        var page = Render<ReportsPage>();

        await page.Find("[data-testid=reports-request]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("The period may span at most 5 days.", page.Find("[data-testid=reports-error]").TextContent, StringComparison.Ordinal), _wait);
        Assert.Empty(_queued);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.ReportRequests.AnyAsync());
    }

    [Fact]
    public async Task RunningReport_ShowsItsProgress_AndOffersTheFileWhenDone()
    {
        int id;
        await using (var db = Database.CreateDbContext())
        {
            var request = new ReportRequest(ReportKind.CaseRegister, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), null, Cultures.English, _auditor.UserId, _auditor.DisplayName, DateTime.UtcNow);
            request.Start(10, DateTime.UtcNow);
            db.ReportRequests.Add(request);
            await db.SaveChangesAsync();
            id = request.Id;
            await db.ReportRequests.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RowsWritten, 4));
        }

        var page = Render<ReportsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=reports-progress]")), _wait);
        Assert.Empty(page.FindAll("[data-testid=reports-download]"));

        await using (var db = Database.CreateDbContext())
        {
            var request = await db.ReportRequests.SingleAsync(r => r.Id == id);
            request.Complete("report.xlsx", 2048, 10, DateTime.UtcNow, 30);
            await db.SaveChangesAsync();
        }

        page.WaitForAssertion(() => Assert.Equal($"/reports/{id}/download", page.Find("[data-testid=reports-download]").GetAttribute("href")), _wait);
        Assert.Empty(page.FindAll("[data-testid=reports-progress]"));
    }

    private sealed class Scheduler(List<int> queued) : IReportScheduler
    {
        public void Enqueue(int requestId) => queued.Add(requestId);
    }
}

using AngleSharp.Dom;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Tests.Web.Features.Cases;
using CallCentre.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Audit;

public sealed class AuditPageTests : CasePagesTestContext
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(30);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignIn(await Database.AddActorAsync(Roles.Auditor));
        Render<MudPopoverProvider>();
    }

    private async Task<string> HeadHashAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstAsync();
    }

    private static IElement Input(IRenderedComponent<AuditPage> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    [Fact]
    public async Task Verify_OnAnIntactChain_ShowsItIntactWithTheHeadHash()
    {
        var page = Render<AuditPage>();

        await page.Find("[data-testid=audit-verify-run]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("intact", page.Find("[data-testid=audit-verify-result]").TextContent, StringComparison.Ordinal), _wait);
        Assert.Equal(await HeadHashAsync(), page.Find("[data-testid=audit-head-hash]").TextContent);
    }

    [Fact]
    public async Task Verify_AfterAnEntryWasEditedBehindTheAppsBack_ShowsWhichEntryBroke()
    {
        await using (var db = Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Action = 'User.Deleted' WHERE Sequence = 1");
        }

        var page = Render<AuditPage>();
        await page.Find("[data-testid=audit-verify-run]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("broken at entry 1: its content was altered", page.Find("[data-testid=audit-verify-result]").TextContent, StringComparison.Ordinal), _wait);
    }

    [Fact]
    public async Task Entries_AreListedNewestFirst_AndFilteredByAction()
    {
        await new RecordAuditEvent(Database.Database).RunAsync(new RecordAuditEventInput("SignIn.Failed", "User", null, AuditOutcome.Failed) { ActorName = "someone@test.mn" });
        var page = Render<AuditPage>();
        page.WaitForAssertion(() => Assert.Equal("SignIn.Failed", page.FindAll("[data-testid=audit-row-action]")[0].TextContent), _wait);
        Assert.Contains(page.FindAll("[data-testid=audit-row-action]"), row => row.TextContent == "User.Created");

        await Input(page, "audit-filter-action").ChangeAsync(new() { Value = "User." });
        await page.Find("[data-testid=audit-filter-apply]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.All(page.FindAll("[data-testid=audit-row-action]"), row => Assert.StartsWith("User.", row.TextContent, StringComparison.Ordinal)), _wait);
        Assert.NotEmpty(page.FindAll("[data-testid=audit-row-action]"));
    }
}

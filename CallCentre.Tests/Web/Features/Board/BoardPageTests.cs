using System.Globalization;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;
using CallCentre.Tests.Support;
using CallCentre.Tests.Web.Features.Cases;
using CallCentre.Web.Features.Board;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Board;

public sealed class BoardPageTests : CasePagesTestContext
{
    private Actor _operator = null!;

    public BoardPageTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _operator = await Database.AddActorAsync(Roles.Operator, "CC1111");
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task TheSecretariatSeesItsEscalations_AndAnOrganisationDrillsDownToItsCases()
    {
        // Breached well over five working days ago: both escalation levels are sent by the scan.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var registered = await Database.RegisterAsync(_operator, TimeProvider.System);
        var id = registered.CaseId;
        await Database.StartClockAsync(id, now.AddDays(-40), now.AddDays(-20));
        await Database.AddStaffAsync(Roles.Supervisor, "CC1111");
        await new ScanDeadlines(Database.Database, TimeProvider.System, Options.Create(new CalendarSettings())).RunAsync(new ScanDeadlinesInput("test"), Actor.System);
        SignIn(await Database.AddStaffAsync(Roles.Supervisor, "CABSEC"));

        Navigation.NavigateTo($"/board?org={registered.AssignedOrganisationId}");
        Render<MudPopoverProvider>();
        var page = Render<BoardPage>();

        page.WaitForAssertion(() =>
        {
            var secretariat = page.Find("[data-testid=board-secretariat]");
            Assert.Contains(registered.Reference!, secretariat.TextContent, StringComparison.Ordinal);
            Assert.Equal("1", page.Find("[data-testid=board-level2]").TextContent.Trim());
            Assert.Equal("1", page.Find("[data-testid=board-overdue]").TextContent.Trim());
            var rows = page.FindAll("[data-testid=board-cases] [data-testid=board-case-reference]");
            Assert.Equal($"/cases/{id}", Assert.Single(rows).GetAttribute("href"));
            Assert.Equal("Level 2", page.Find("[data-testid=board-cases] [data-testid=board-case-level]").TextContent.Trim());
        });
    }

    [Fact]
    public async Task AnOrdinarySupervisor_HasNoSecretariatList_AndAnEmptyBoardSaysSo()
    {
        SignIn(await Database.AddStaffAsync(Roles.Supervisor, "CC1111"));

        Navigation.NavigateTo("/board");
        Render<MudPopoverProvider>();
        var page = Render<BoardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=board-empty]")));
        Assert.Empty(page.FindAll("[data-testid=board-secretariat]"));
    }
}

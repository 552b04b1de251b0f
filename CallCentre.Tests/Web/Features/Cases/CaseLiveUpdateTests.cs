using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Cases;

/// <summary>The case list and the case page hear of changes made elsewhere, and only of cases their viewer may see.</summary>
public sealed class CaseLiveUpdateTests : CasePagesTestContext
{
    private Actor _operator = null!;
    private Actor _officer = null!;
    private RegisteredCase _water = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _operator = await Database.AddActorAsync(Roles.Operator, "CC1111");
        _officer = await Database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        _water = await Database.RegisterAsync(_operator, TimeProvider.System, new() { Subject = "Халуун ус алга" });
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<CaseListPage> RenderList()
    {
        Navigation.NavigateTo("/cases");
        Render<MudPopoverProvider>();
        var page = Render<CaseListPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=case-row-reference]")));
        return page;
    }

    [Fact]
    public async Task List_ARowOnScreenThatChanges_IsShownAsItIsNow()
    {
        SignIn(_officer);
        var page = RenderList();
        var status = page.Find("[data-testid=case-grid] tbody tr").TextContent;
        Assert.Contains("Assigned", status, StringComparison.Ordinal);

        await ActLiveAsync(_water.CaseId, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));

        page.WaitForAssertion(() => Assert.Contains("In progress", page.Find("[data-testid=case-grid] tbody tr").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=case-list-changed]"));
    }

    [Fact]
    public async Task List_ANewCase_IsAnnouncedAndShownOnRefresh()
    {
        SignIn(_operator);
        var page = RenderList();

        var added = await Database.RegisterAsync(_operator, TimeProvider.System, new() { Subject = "Гэрэл тасарсан", Phone = "88112233" }, LiveDatabase);

        page.WaitForElement("[data-testid=case-list-changed]");
        await page.Find("[data-testid=case-list-refresh]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains(added.Reference!, page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.Empty(page.FindAll("[data-testid=case-list-changed]"));
    }

    [Fact]
    public async Task List_AnotherOrganisationsNewCase_IsNotEvenAnnounced()
    {
        SignIn(_officer);
        var page = RenderList();

        await Database.RegisterAsync(_operator, TimeProvider.System, new() { Topic = "ORDER-POLICE", Phone = "88001122" }, LiveDatabase);
        var ours = await Database.RegisterAsync(_operator, TimeProvider.System, new() { Subject = "Ус алдаж байна", Phone = "88112244" }, LiveDatabase);

        page.WaitForElement("[data-testid=case-list-changed]");
        await page.Find("[data-testid=case-list-refresh]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(
            [ours.Reference, _water.Reference],
            page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
    }

    [Fact]
    public async Task CasePage_AChangeBySomeoneElse_ShowsABannerAndReloadsOnRequest()
    {
        SignIn(_officer);
        var page = Render<CasePage>(p => p.Add(x => x.Id, _water.CaseId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-page]")));

        await ActLiveAsync(_water.CaseId, _operator, (c, v, now) => c.AddNote("Иргэн дахин залгасан", _operator, v, now));

        page.WaitForElement("[data-testid=case-changed-banner]");
        Assert.DoesNotContain("Иргэн дахин залгасан", page.Markup, StringComparison.Ordinal);
        await page.Find("[data-testid=case-changed-reload]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Иргэн дахин залгасан", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=case-changed-banner]"));
    }

    [Fact]
    public async Task CasePage_TheViewersOwnChangeAndOtherCases_ShowNoBanner()
    {
        var other = await Database.RegisterAsync(_operator, TimeProvider.System, new() { Subject = "Ус алдаж байна", Phone = "88112244" });
        SignIn(_officer);
        var page = Render<CasePage>(p => p.Add(x => x.Id, _water.CaseId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-page]")));

        await ActLiveAsync(_water.CaseId, _officer, (c, v, now) => c.Acknowledge(_officer, v, now));
        await ActLiveAsync(other.CaseId, _operator, (c, v, now) => c.AddNote("Өөр хэрэг", _operator, v, now));

        // Deliveries run at once on publishing; a wrong banner would be up well within this wait.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(page.FindAll("[data-testid=case-changed-banner]"));

        await ActLiveAsync(_water.CaseId, _operator, (c, v, now) => c.AddNote("Тэмдэглэл", _operator, v, now));
        page.WaitForElement("[data-testid=case-changed-banner]");
    }
}

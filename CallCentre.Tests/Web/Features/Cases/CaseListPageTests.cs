using System.Globalization;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Cases;

public sealed class CaseListPageTests : CasePagesTestContext
{
    private Actor _operator = null!;
    private RegisteredCase _water = null!;
    private RegisteredCase _police = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _operator = await Database.AddActorAsync(Roles.Operator, "CC1111");
        _water = await Database.RegisterAsync(_operator, TimeProvider.System, new() { Subject = "Халуун ус алга", Type = CaseType.Request });
        _police = await Database.RegisterAsync(_operator, TimeProvider.System, new() { Subject = "Хулгай гарсан", Topic = "ORDER-POLICE", Phone = "88001122" });
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<CaseListPage> RenderList(string address = "/cases")
    {
        Navigation.NavigateTo(address);
        Render<MudPopoverProvider>();
        return Render<CaseListPage>();
    }

    [Fact]
    public void Operator_SeesARowPerCase_WithReferenceLinks()
    {
        SignIn(_operator);

        var page = RenderList();

        page.WaitForAssertion(() =>
        {
            var links = page.FindAll("[data-testid=case-row-reference]");
            Assert.Equal(
                new[] { _police.Reference, _water.Reference },
                links.Select(a => a.TextContent.Trim()));
            Assert.Equal($"/cases/{_water.CaseId}", links[1].GetAttribute("href"));
        });
        Assert.Contains("2", page.Find("[data-testid=case-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FiltersFromTheAddress_AreAppliedAndShown()
    {
        SignIn(_operator);

        var page = RenderList("/cases?type=Request");

        page.WaitForAssertion(() =>
            Assert.Equal([_water.Reference], page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.NotEmpty(page.FindAll("[data-testid=filter-clear]"));
    }

    [Fact]
    public async Task OverdueFilterFromTheAddress_ShowsOnlyOverdueCases_WithTimeOverdue()
    {
        var late = await Database.RegisterAsync(_operator, new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-40)), new() { Subject = "Зам эвдэрсэн" });
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        SignIn(_operator);

        var page = RenderList("/cases?deadline=Overdue");

        page.WaitForAssertion(() =>
            Assert.Equal([late.Reference], page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.Equal("Overdue by 10 d", page.Find("[data-testid=case-row-deadline]").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=filter-clear]"));
    }

    [Fact]
    public void Rows_ShowTimeLeft_AndChoosingTheDeadlineFilterWritesItIntoTheAddress()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        SignIn(_operator);
        Navigation.NavigateTo("/cases");
        var popovers = Render<MudPopoverProvider>();
        var page = Render<CaseListPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=case-row-deadline]").Count));
        Assert.All(page.FindAll("[data-testid=case-row-deadline]"), cell => Assert.Matches("^(29|30) d left$", cell.TextContent.Trim()));

        page.Find("[data-testid=filter-deadline]").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains("At risk", StringComparison.Ordinal)));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("At risk", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains("deadline=AtRisk", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void SearchTextFromTheAddress_FindsByWord()
    {
        SignIn(_operator);

        var page = RenderList("/cases?q=hulgai");

        page.WaitForAssertion(() =>
            Assert.Equal([_police.Reference], page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.NotEmpty(page.FindAll("[data-testid=case-search-kind]"));
    }

    [Fact]
    public void SubmittingTheSearch_WritesItIntoTheAddress()
    {
        SignIn(_operator);
        var page = RenderList();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=case-row-reference]").Count));

        page.Find("form[role=search] input").Input("9911 2233");
        page.Find("form[role=search]").Submit();

        Assert.Contains("q=9911%202233", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmittingAnExactReference_OpensThatCase()
    {
        SignIn(_operator);
        var page = RenderList();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=case-row-reference]").Count));

        page.Find("form[role=search] input").Input(_police.Reference!.Replace("-", "", StringComparison.Ordinal));
        page.Find("form[role=search]").Submit();

        page.WaitForAssertion(() => Assert.EndsWith($"/cases/{_police.CaseId}", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void SortingByAColumn_OrdersTheRowsAndWritesTheOrderIntoTheAddress()
    {
        SignIn(_operator);
        var page = RenderList();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=case-row-reference]").Count));

        page.FindAll("th").First(th => th.TextContent.Contains("Reference", StringComparison.Ordinal))
            .QuerySelector(".sortable-column-header")!.Click();

        page.WaitForAssertion(() =>
            Assert.Equal(
                new[] { _water.Reference, _police.Reference },
                page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.Contains("sort=Reference", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void SortingByRespondBy_PutsTheSoonestDeadlineFirst_AndShowsTheDeadline()
    {
        SignIn(_operator);
        var page = RenderList();
        page.WaitForAssertion(() => Assert.Equal(new[] { _police.Reference, _water.Reference }, page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));

        page.FindAll("th").First(th => th.TextContent.Contains("Respond by", StringComparison.Ordinal))
            .QuerySelector(".sortable-column-header")!.Click();

        page.WaitForAssertion(() =>
            Assert.Equal(
                new[] { _water.Reference, _police.Reference },
                page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.Contains("sort=RespondBy", Navigation.Uri, StringComparison.Ordinal);
        Assert.All(page.FindAll("[data-testid=case-row-respond-by]"), cell => Assert.NotEmpty(cell.TextContent.Trim()));
    }

    [Fact]
    public async Task AgencyOfficer_SeesOnlyTheirOrganisationsCases_AndIsToldSo()
    {
        var officer = await Database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        SignIn(officer);

        var page = RenderList();

        page.WaitForAssertion(() =>
            Assert.Equal([_water.Reference], page.FindAll("[data-testid=case-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.NotEmpty(page.FindAll("[data-testid=case-list-scope]"));
    }
}

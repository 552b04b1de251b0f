using Bunit;
using CallCentre.Domain.Cases;
using CallCentre.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Extensions;

namespace CallCentre.Tests.Web.Features.Intake;

public sealed class IntakePageTests : IntakePageContext
{
    [Fact]
    public async Task Save_WithABadPhone_ShowsTheMessageAtThePhone_FocusesIt_AndRegistersNothing()
    {
        var page = RenderPage();
        FillValidCall(page, phone: "12345");
        var focusCalls = FocusedIds().Count;

        page.Find("[data-testid=intake-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#intake-Phone").GetAttribute("aria-invalid")));
        var phoneField = page.Find("#intake-Phone").Closest(".mud-input-control")!;
        Assert.Contains(CaseText["Case.PhoneInvalid"].Value, phoneField.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", page.Find("#intake-Subject").GetAttribute("aria-invalid"));
        Assert.Equal("Халуун ус тасарсан", page.Find("#intake-Subject").GetAttribute("value"));
        AssertFocusMovesTo(page, focusCalls, "intake-Phone");
        Assert.Equal(0, await CountCasesAsync());
    }

    [Fact]
    public async Task Save_WithSeveralBadFields_FocusesTheFirstInPageOrder()
    {
        var page = RenderPage();
        page.Find("#intake-Phone").Input("9911-2233");
        page.Find("#intake-CallerName").Input("Бат-Эрдэнэ");
        var focusCalls = FocusedIds().Count;

        page.Find("[data-testid=intake-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#intake-TopicId").GetAttribute("aria-invalid")));
        Assert.Equal("true", page.Find("#intake-Subject").GetAttribute("aria-invalid"));
        Assert.Equal("true", page.Find("#intake-Description").GetAttribute("aria-invalid"));
        AssertFocusMovesTo(page, focusCalls, "intake-TopicId");
        Assert.Equal(0, await CountCasesAsync());
    }

    [Fact]
    public async Task ChoosingATopic_ShowsTheProposedOrganisationAndWhy()
    {
        var page = RenderPage();
        Assert.Empty(page.FindAll("[data-testid=intake-proposed-organisation]"));

        Choose(page, "intake-TopicId", "water", "Water and sewerage");

        page.WaitForAssertion(() => Assert.Equal(
            OrganisationNameAsync("USUG").GetAwaiter().GetResult(),
            page.Find("[data-testid=intake-proposed-organisation]").TextContent));
        Assert.Contains(CaseText["RouteReason.TopicDefault"].Value, page.Find("[data-testid=intake-proposal]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingALocalTopicAndADistrict_ProposesTheDistrictGovernor()
    {
        var governor = await OrganisationNameAsync("GOV-UB-BZ");
        var page = RenderPage();

        Choose(page, "intake-TopicId", "street light", "Roads and street lighting");
        Choose(page, "intake-RegionId", "ulaan", "Ulaanbaatar");
        Choose(page, "intake-DistrictId", "bayanz", "Bayanzürkh");

        page.WaitForAssertion(() => Assert.Equal(governor, page.Find("[data-testid=intake-proposed-organisation]").TextContent));
        Assert.Contains(CaseText["RouteReason.LocalGovernor"].Value, page.Find("[data-testid=intake-proposal]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ValidCall_ShowsTheReferenceAndWhereItWent_AndClearsTheFormKeepingTheChannel()
    {
        var page = RenderPage();
        var channel = page.FindComponent<MudSelect<Channel>>();
        await page.InvokeAsync(() => channel.Instance.ValueChanged.InvokeAsync(Channel.WalkIn));
        FillValidCall(page);
        var focusCalls = FocusedIds().Count;

        page.Find("[data-testid=intake-save]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=intake-saved-reference]")));
        await using var db = Database.CreateDbContext();
        var saved = await db.Cases.SingleAsync();
        Assert.Equal(saved.Reference, page.Find("[data-testid=intake-saved-reference]").TextContent);
        Assert.Matches(@"^\d{2}-\d{6}-\d$", saved.Reference);
        Assert.Contains(await OrganisationNameAsync("USUG"), page.Find("[data-testid=intake-saved-outcome]").TextContent, StringComparison.Ordinal);
        Assert.Equal(Channel.WalkIn, saved.Channel);
        Assert.Equal("+97699112233", saved.Caller.Phone);

        Assert.True(string.IsNullOrEmpty(page.Find("#intake-Phone").GetAttribute("value")));
        Assert.True(string.IsNullOrEmpty(page.Find("#intake-Subject").GetAttribute("value")));
        Assert.True(string.IsNullOrEmpty(page.Find("#intake-TopicId").GetAttribute("value")));
        Assert.Equal(Channel.WalkIn, page.FindComponent<MudSelect<Channel>>().Instance.GetState(x => x.Value));
        Assert.NotEmpty(Module.Invocations["clearDraft"]);
        AssertFocusMovesTo(page, focusCalls, "intake-Phone");
    }

    [Fact]
    public async Task TypingAKnownCallersPhone_ShowsTheirHistory_AndLinkingMakesTheNewCaseAFollowUp()
    {
        var earlier = await Calls.RegisterAsync("9911-2233");
        await Calls.RegisterAsync("8800-1122");
        var page = RenderPage();

        page.Find("#intake-Phone").Input("+976 99 11 22 33");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=intake-history-entry]")));
        var entry = page.Find("[data-testid=intake-history-entry]");
        Assert.Contains(earlier.Reference!, entry.TextContent, StringComparison.Ordinal);
        Assert.Contains(CaseText["CaseStatus.Assigned"].Value, entry.TextContent, StringComparison.Ordinal);
        Assert.Contains(await OrganisationNameAsync("USUG"), entry.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/cases/{earlier.CaseId}", entry.QuerySelector("a")!.GetAttribute("href"));

        Assert.Empty(page.FindAll("[data-testid=intake-follow-up]"));
        page.Find("[data-testid=intake-link-follow-up]").Click();
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=intake-link-follow-up]").GetAttribute("aria-pressed")));
        Assert.Contains(earlier.Reference!, page.Find("[data-testid=intake-follow-up]").TextContent, StringComparison.Ordinal);
        FillValidCall(page, phone: "+976 99 11 22 33");
        page.Find("[data-testid=intake-save]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=intake-saved-reference]")));
        await using var db = Database.CreateDbContext();
        var latest = await db.Cases.OrderByDescending(c => c.Id).FirstAsync();
        Assert.Equal(earlier.CaseId, latest.FollowUpOfCaseId);
    }

    [Fact]
    public async Task ALinkedFollowUp_CanBeRemovedEvenAfterThePhoneChanged()
    {
        await Calls.RegisterAsync("9911-2233");
        var page = RenderPage();
        page.Find("#intake-Phone").Input("9911-2233");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=intake-link-follow-up]")));
        page.Find("[data-testid=intake-link-follow-up]").Click();

        page.Find("#intake-Phone").Input("8800-1122");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=intake-history-empty]")));
        Assert.Single(page.FindAll("[data-testid=intake-follow-up]"));
        page.Find("[data-testid=intake-unlink-follow-up]").Click();

        // The click is handled asynchronously (the draft is saved too): wait for the render rather than assert at once.
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=intake-follow-up]")));
        FillValidCall(page, phone: "8800-1122");
        page.Find("[data-testid=intake-save]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=intake-saved-reference]")));
        await using var db = Database.CreateDbContext();
        Assert.Null((await db.Cases.OrderByDescending(c => c.Id).FirstAsync()).FollowUpOfCaseId);
    }

    [Fact]
    public async Task ACallerWhoCalledThisWeek_IsShownAsAPossibleDuplicate_ButSavingIsNotBlocked()
    {
        var earlier = await Calls.RegisterAsync("9911-2233");
        var page = RenderPage();

        FillValidCall(page);

        page.WaitForAssertion(() => Assert.Contains(earlier.Reference!, page.Find("[data-testid=intake-duplicates]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=intake-save]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=intake-saved-reference]")));
        Assert.Equal(2, await CountCasesAsync());
    }

    [Fact]
    public async Task AnEnquiryAnsweredOnTheCall_AsksForTheAnswer_AndIsClosedInsteadOfRouted()
    {
        var page = RenderPage();
        FillValidCall(page);
        var type = page.FindComponent<MudSelect<CaseType>>();
        await page.InvokeAsync(() => type.Instance.ValueChanged.InvokeAsync(CaseType.Enquiry));
        Assert.Empty(page.FindAll("#intake-FirstContactAnswer"));

        page.Find("[data-testid=intake-answered]").Change(true);
        page.Find("[data-testid=intake-save]").Click();
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#intake-FirstContactAnswer").GetAttribute("aria-invalid")));
        Assert.Equal(0, await CountCasesAsync());

        page.Find("#intake-FirstContactAnswer").Input("Усны хуваарийг хэлж өглөө.");
        page.Find("[data-testid=intake-save]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=intake-saved-reference]")));
        await using var db = Database.CreateDbContext();
        var saved = await db.Cases.SingleAsync();
        Assert.Equal(CaseStatus.Closed, saved.Status);
        Assert.Null(saved.AssignedOrganisationId);
        Assert.Equal(IntakeText["Saved.ClosedOnCall"].Value, page.Find("[data-testid=intake-saved-outcome]").TextContent.Trim());
    }

    [Fact]
    public async Task AnotherOrganisation_RevealsTheReasonField_AndWithoutAReasonNothingIsSaved()
    {
        var police = await OrganisationNameAsync("GPD");
        var page = RenderPage();
        FillValidCall(page);
        Assert.Empty(page.FindAll("#intake-OverrideReason"));

        Choose(page, "intake-OrganisationId", "police", police);
        var focusCalls = FocusedIds().Count;
        page.Find("[data-testid=intake-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#intake-OverrideReason").GetAttribute("aria-invalid")));
        Assert.Equal(0, await CountCasesAsync());
        AssertFocusMovesTo(page, focusCalls, "intake-OverrideReason");
    }
}

using System.Globalization;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using CallCentre.Tests.Web.Features.Cases;
using CallCentre.Web.Features.Inbox;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Inbox;

public sealed class InboxPageTests : CasePagesTestContext
{
    private Actor _operator = null!;
    private Actor _officer = null!;

    public InboxPageTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(Options.Create(new InboxSettings()));
        _operator = await Database.AddActorAsync(Roles.Operator, "CC1111");
        _officer = await Database.AddActorAsync(Roles.AgencyOfficer, "USUG");
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<InboxPage> RenderInbox(string address = "/inbox")
    {
        Navigation.NavigateTo(address);
        Render<MudPopoverProvider>();
        return Render<InboxPage>();
    }

    [Fact]
    public void ACaseAssignedToTheOrganisation_AppearsWithoutAReload()
    {
        SignIn(_officer);
        var page = RenderInbox();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=inbox-empty]")));

        var registered = Register();

        page.WaitForAssertion(() =>
        {
            Assert.Equal([registered.Reference], page.FindAll("[data-testid=inbox-row-reference]").Select(a => a.TextContent.Trim()));
            Assert.Equal("1", page.Find("[data-testid=inbox-count-ToAcknowledge]").TextContent.Trim());
        });
    }

    [Fact]
    public void ACaseOfAnotherOrganisation_NeverShows()
    {
        SignIn(_officer);
        var page = RenderInbox();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=inbox-empty]")));

        Register(new() { Topic = "ORDER-POLICE" });
        var ours = Register();

        page.WaitForAssertion(() =>
            Assert.Equal([ours.Reference], page.FindAll("[data-testid=inbox-row-reference]").Select(a => a.TextContent.Trim())));
        Assert.Equal("1", page.Find("[data-testid=inbox-count-ToAcknowledge]").TextContent.Trim());
    }

    [Fact]
    public void Rows_ShowTheDeadlineAsTimeLeft_AndTheGroupFromTheAddress()
    {
        var registered = Register();
        SignIn(_officer);

        var page = RenderInbox("/inbox?group=InProgress");
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=inbox-group-InProgress]").GetAttribute("aria-pressed")));
        Assert.Empty(page.FindAll("[data-testid=inbox-row-reference]"));

        page.Find("[data-testid=inbox-group-ToAcknowledge]").Click();

        Assert.EndsWith("/inbox", Navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() =>
        {
            Assert.Equal([registered.Reference], page.FindAll("[data-testid=inbox-row-reference]").Select(a => a.TextContent.Trim()));
            Assert.Matches("^(29|30) d left$", page.Find("[data-testid=inbox-row-deadline]").TextContent.Trim());
        });
    }

    [Fact]
    public async Task LeavingThePage_EndsItsSubscription()
    {
        SignIn(_officer);
        var page = RenderInbox();
        page.WaitForAssertion(() => Assert.Equal(1, Feed.SubscriberCount));

        await DisposeComponentsAsync();

        Assert.Equal(0, Feed.SubscriberCount);
    }

    [Fact]
    public async Task TheHead_AssignsACaseToAnOfficerFromTheList()
    {
        var head = await Database.AddStaffAsync(Roles.AgencyHead, "USUG");
        var officer = await Database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        await Database.AddStaffAsync(Roles.AgencyOfficer, "GPD");
        var registered = Register();
        SignIn(head);
        var page = RenderWithDialogs();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-row-assign]")));

        page.Find("[data-testid=inbox-row-assign]").Click();
        page.WaitForElement("[data-testid=assign-officer]").Closest(".mud-input-control")!.MouseDown();
        var choices = page.WaitForElements(".mud-popover-provider .mud-list-item");
        Assert.Equal(2, choices.Count);
        choices.Single(item => item.TextContent.Contains(officer.DisplayName, StringComparison.Ordinal) && !item.TextContent.Contains("Head", StringComparison.Ordinal)).Click();
        page.Find("[data-testid=assign-save]").Click();

        page.WaitForAssertion(() => Assert.Equal(officer.DisplayName, page.Find("[data-testid=inbox-row-officer]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=assign-officer-dialog]"));
        Assert.Equal(officer.UserId, (await Database.LoadCaseAsync(registered.CaseId)).AssignedOfficerId);
    }

    [Fact]
    public void AnOfficer_IsNotOfferedToAssign()
    {
        Register();
        SignIn(_officer);

        var page = RenderInbox();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-row-reference]")));
        Assert.Empty(page.FindAll("[data-testid=inbox-row-assign]"));
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderWithDialogs()
    {
        Navigation.NavigateTo("/inbox");
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<InboxPage>(3);
            builder.CloseComponent();
        });
    }

    private RegisteredCase Register(CaseSeeding.CallSpec? spec = null) =>
        Database.RegisterAsync(_operator, TimeProvider.System, spec, LiveDatabase).GetAwaiter().GetResult();
}

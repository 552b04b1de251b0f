using System.Globalization;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Queues;
using CallCentre.Tests.Support;
using CallCentre.Tests.Web.Features.Cases;
using CallCentre.Web.Features.Queues;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Queues;

public sealed class QueuesPageTests : CasePagesTestContext
{
    private Actor _operator = null!;
    private Actor _officer = null!;
    private Actor _supervisor = null!;

    public QueuesPageTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(Options.Create(new QueueSettings()));
        _operator = await Database.AddActorAsync(Roles.Operator, "CC1111");
        _officer = await Database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        _supervisor = await Database.AddActorAsync(Roles.Supervisor, "CC1111");
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<QueuesPage> RenderQueues(string address = "/queues")
    {
        Navigation.NavigateTo(address);
        Render<MudPopoverProvider>();
        return Render<QueuesPage>();
    }

    [Fact]
    public async Task ACaseReturnedWhileTheQueueIsOpen_AppearsWithItsReasonAndAReRouteLink()
    {
        var registered = await Database.RegisterAsync(_operator, TimeProvider.System);
        SignIn(_supervisor);
        var page = RenderQueues();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=queues-empty]")));

        await ReturnAsync(registered.CaseId, "Манай харьяалал биш");

        page.WaitForAssertion(() =>
        {
            Assert.Equal([registered.Reference], page.FindAll("[data-testid=queue-row-reference]").Select(a => a.TextContent.Trim()));
            Assert.Equal("Манай харьяалал биш", page.Find("[data-testid=queue-row-reason]").TextContent.Trim());
            Assert.Equal($"/cases/{registered.CaseId}", page.Find("[data-testid=queue-row-reroute]").GetAttribute("href"));
            Assert.Equal("1", page.Find("[data-testid=queue-count-Returned]").TextContent.Trim());
        });
    }

    [Fact]
    public async Task AnAdministrator_LooksWithoutReRouting()
    {
        var registered = await Database.RegisterAsync(_operator, TimeProvider.System);
        await ReturnAsync(registered.CaseId, "Манайх биш");
        SignIn(await Database.AddActorAsync(Roles.Administrator));

        var page = RenderQueues();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=queue-row-open]")));
        Assert.Empty(page.FindAll("[data-testid=queue-row-reroute]"));
        Assert.NotEmpty(page.FindAll("[data-testid=queues-read-only]"));
    }

    [Fact]
    public async Task ChoosingAQueue_WritesItIntoTheAddress()
    {
        SignIn(_supervisor);
        var page = RenderQueues();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=queues-empty]")));

        await page.Find("[data-testid=queue-Disputed]").ClickAsync(new());

        Assert.EndsWith("/queues?queue=Disputed", Navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=queue-Disputed]").GetAttribute("aria-pressed")));
    }

    private Task ReturnAsync(int caseId, string reason) =>
        ActLiveAsync(caseId, _officer, (c, v, now) => c.Return(reason, _officer, v, now));
}

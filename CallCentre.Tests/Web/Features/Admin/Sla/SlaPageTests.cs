using System.Globalization;
using System.Security.Claims;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Admin.Sla;

public sealed class SlaPageTests : CallCentreBunitContext
{
    protected override TimeProvider RegisteredClock { get; } = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignIn(await Database.AddActorAsync(Roles.Administrator));
        UseCulture("en-GB");
    }

    private IStringLocalizer<SlaResource> L => Services.GetRequiredService<IStringLocalizer<SlaResource>>();

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage() => RenderWithProviders<SlaPage>();

    [Theory]
    [InlineData("en-GB", "1 working days", "30 calendar days", "5, 1 working days before", "Level 1 at breach: agency head, supervisors", "Level 2, 5 working days after breach: Cabinet Secretariat")]
    [InlineData("mn-MN", "1 ажлын өдөр", "30 хуанлийн өдөр", "5, 1 ажлын өдрийн өмнө", "1-р шат, хугацаа хэтрэхэд: байгууллагын дарга, ахлах ажилтнууд", "2-р шат, хэтэрснээс 5 ажлын өдрийн дараа: ЗГХЭГ")]
    public void Page_ShowsTheSeededDefaultPolicyInTheCurrentLanguage(string culture, string acknowledge, string respond, string reminders, string level1, string level2)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=sla-default-row]")), TimeSpan.FromSeconds(10));
        var row = page.Find("[data-testid=sla-default-row]");
        Assert.Equal(acknowledge, row.QuerySelector("[data-testid=sla-acknowledge]")!.TextContent.Trim());
        Assert.Equal(respond, row.QuerySelector("[data-testid=sla-respond]")!.TextContent.Trim());
        Assert.Equal(reminders, row.QuerySelector("[data-testid=sla-reminders]")!.TextContent.Trim());
        Assert.Contains(level1, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(level2, row.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=sla-remove]"));
        Assert.NotEmpty(page.Find("[data-testid=sla-versions-note]").TextContent);
    }

    [Fact]
    public async Task EditDefault_WithAZeroPeriodAndAReminderAfterTheDeadline_ShowsTheMessagesAtTheFieldsAndSavesNothing()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=sla-default-row]")), TimeSpan.FromSeconds(10));

        page.Find("button[data-testid=sla-edit]").Click();
        page.WaitForElement("[data-testid=sla-dialog]");
        Type(page, "input[data-testid=sla-respond-within]", "0");
        Type(page, "input[data-testid=sla-reminders]", "5, 0");
        page.Find("button[data-testid=sla-save]").Click();

        page.WaitForAssertion(() =>
        {
            var respond = page.Find("input[data-testid=sla-respond-within]");
            Assert.Equal("true", respond.GetAttribute("aria-invalid"));
            Assert.Contains(L["Sla.PeriodMustBePositive"].Value, respond.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
            var reminders = page.Find("input[data-testid=sla-reminders]");
            Assert.Contains(L["Sla.ReminderNotBeforeDeadline"].Value, reminders.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal("5, 0", page.Find("input[data-testid=sla-reminders]").GetAttribute("value"));
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.SlaPolicies.CountAsync());
    }

    [Fact]
    public async Task EditDefault_SavesANewVersionAndShowsIt()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=sla-default-row]")), TimeSpan.FromSeconds(10));

        page.Find("button[data-testid=sla-edit]").Click();
        page.WaitForElement("[data-testid=sla-dialog]");
        Assert.Single(page.FindAll("[data-testid=sla-dialog-version-note]"));
        Type(page, "input[data-testid=sla-respond-within]", "35");
        page.Find("button[data-testid=sla-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("35 calendar days", page.Find("[data-testid=sla-default-row] [data-testid=sla-respond]").TextContent.Trim()));
        await using var db = Database.CreateDbContext();
        Assert.Equal([30, 35], await db.SlaPolicies.OrderBy(p => p.Id).Select(p => p.RespondWithin).ToListAsync());
        Assert.Equal(1, await db.SlaPolicies.CountAsync(p => p.RetiredAtUtc == null));
    }

    private static void Type(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string selector, string value)
    {
        page.Find(selector).Change(value);
    }
}

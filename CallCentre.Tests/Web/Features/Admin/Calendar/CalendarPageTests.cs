using System.Globalization;
using System.Security.Claims;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Admin.Calendar;

public sealed class CalendarPageTests : CallCentreBunitContext
{
    protected override TimeProvider RegisteredClock { get; } = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(Options.Create(new CalendarSettings()));
        SignIn(await Database.AddActorAsync(Roles.Administrator));
        UseCulture("en-GB");
    }

    private IStringLocalizer<CalendarAdminResource> L => Services.GetRequiredService<IStringLocalizer<CalendarAdminResource>>();

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage() => RenderWithProviders<CalendarPage>();

    [Theory]
    [InlineData("en-GB", "17 working days", "Holiday", "Working day (moved)")]
    [InlineData("mn-MN", "17 ажлын өдөр", "Амралтын өдөр", "Ажлын өдөр (шилжүүлсэн)")]
    public void Page_ShowsThisYearsWorkingDaysPerMonthAndItsDatedDays(string culture, string february, string holiday, string working)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains(february, page.Find("[data-testid=calendar-month-2]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var days = page.FindAll("[data-testid=calendar-day-row]");
        Assert.Equal(5, days.Count);
        Assert.Contains("2026-02-17", days[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(holiday, days[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(working, days[4].TextContent, StringComparison.Ordinal);
        Assert.Contains("Үндэсний их баяр наадам", page.Find("[data-testid=calendar-holidays]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NextYear_ShowsThatYearsDays()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=calendar-day-row]").Count), TimeSpan.FromSeconds(10));

        page.Find("button[data-testid=calendar-next-year]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=calendar-no-days]")));
        Assert.Equal("2027", page.Find("input[data-testid=calendar-year]").GetAttribute("value"));
    }

    [Fact]
    public async Task AddDay_OnADateAlreadyEntered_ShowsTheMessageAtTheDateAndKeepsWhatWasTyped()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=calendar-day-row]").Count), TimeSpan.FromSeconds(10));

        page.Find("button[data-testid=calendar-add-day]").Click();
        page.WaitForElement("[data-testid=calendar-day-dialog]");
        Type(page, "input[data-testid=day-date]", "2026-02-18");
        Type(page, "input[data-testid=day-note]", "Typed note");
        page.Find("button[data-testid=day-save]").Click();

        page.WaitForAssertion(() =>
        {
            var date = page.Find("input[data-testid=day-date]");
            Assert.Equal("true", date.GetAttribute("aria-invalid"));
            Assert.Contains(L["Calendar.DuplicateDay"].Value, date.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal("Typed note", page.Find("input[data-testid=day-note]").GetAttribute("value"));
        await using var db = Database.CreateDbContext();
        Assert.Equal(11, await db.CalendarDays.CountAsync());
    }

    [Fact]
    public async Task AddDay_AHoliday_IsSavedAndCountedInItsMonth()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("22 working days", page.Find("[data-testid=calendar-month-10]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        page.Find("button[data-testid=calendar-add-day]").Click();
        page.WaitForElement("[data-testid=calendar-day-dialog]");
        Type(page, "input[data-testid=day-date]", "2026-10-05");
        page.Find("button[data-testid=day-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("21 working days", page.Find("[data-testid=calendar-month-10]").TextContent, StringComparison.Ordinal));
        Assert.Equal(6, page.FindAll("[data-testid=calendar-day-row]").Count);
        await using var db = Database.CreateDbContext();
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 10, 5) && d.Kind == CalendarDayKind.Holiday));
    }

    private static void Type(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string selector, string value)
    {
        page.Find(selector).Change(value);
    }
}

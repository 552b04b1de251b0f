using System.Text.RegularExpressions;
using CallCentre.Domain.Calendar;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>
/// Issue 5's administration journey, by keyboard: an administrator declares a Saturday a working day on the business
/// calendar and edits the default SLA policy; both pages pass axe.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class CalendarAndSlaJourneyTests
{
    private static readonly Regex WorkingDayRadio = new("Working day \\(moved\\)|Ажлын өдөр \\(шилжүүлсэн\\)");

    private readonly BrowserFixture _fixture;

    public CalendarAndSlaJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task AnAdministratorAddsAMovedWorkingDay_AndEditsTheDefaultPolicy_WithTheKeyboard()
    {
        var page = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(page, "admin@demo.1111.mn", DemoAccounts.Password);

        await ShellPage.Nav(page, "Nav.Calendar").ClickAsync();
        await page.Locator("[data-testid=calendar-months]").WaitForAsync();
        var year = UlaanbaatarTime.Today(TimeProvider.System).Year;
        var saturday = FirstSaturdayOfOctober(year);
        var october = page.Locator("[data-testid=calendar-month-10] [data-testid=calendar-month-count]");
        var before = WorkingDays(await october.InnerTextAsync());

        await PressAsync(page.Locator("button[data-testid=calendar-add-day]"), "Enter");
        await page.Locator("[data-testid=calendar-day-dialog]").WaitForAsync();
        await page.Locator("input[data-testid=day-date]").FillAsync(saturday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await PressAsync(page.GetByRole(AriaRole.Radio, new() { NameRegex = WorkingDayRadio }), "Space");
        await page.Locator("input[data-testid=day-note]").FocusAsync();
        await page.Keyboard.TypeAsync("Moved from a Friday");
        await page.Keyboard.PressAsync("Tab");
        await PressAsync(page.Locator("button[data-testid=day-save]"), "Enter");

        await Assertions.Expect(page.Locator("[data-testid=calendar-day-dialog]")).ToHaveCountAsync(0);
        await Assertions.Expect(october).ToHaveTextAsync(new Regex($"^{before + 1}\\D"));
        await Assertions.Expect(page.Locator("[data-testid=calendar-day-row]").Filter(new() { HasText = saturday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }))
            .ToContainTextAsync("Moved from a Friday");
        await using (var db = _fixture.OpenDatabase())
        {
            Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == saturday && d.Kind == CalendarDayKind.WorkingDay));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "CalendarDay.Created" && e.SubjectId == saturday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        await AxeCheck.AssertNoneAsync(page, "calendar after a change");

        await ShellPage.Nav(page, "Nav.Sla").ClickAsync();
        var respond = page.Locator("[data-testid=sla-default-row] [data-testid=sla-respond]");
        await Assertions.Expect(respond).ToContainTextAsync("30");
        await AxeCheck.AssertNoneAsync(page, "sla policies");

        await SetDefaultRespondPeriodAsync(page, "45");
        await Assertions.Expect(respond).ToContainTextAsync("45");
        await using (var db = _fixture.OpenDatabase())
        {
            Assert.Equal(45, await db.SlaPolicies.Where(p => p.RetiredAtUtc == null && p.Type == null && p.TopicId == null && p.Priority == null).Select(p => p.RespondWithin).SingleAsync());
            Assert.True(await db.SlaPolicies.AnyAsync(p => p.RetiredAtUtc != null && p.RespondWithin == 30));
        }

        // Back to the statutory 30 days for the other journeys that share this application.
        await SetDefaultRespondPeriodAsync(page, "30");
        await Assertions.Expect(respond).ToContainTextAsync("30");
    }

    private static async Task SetDefaultRespondPeriodAsync(IPage page, string days)
    {
        await PressAsync(page.Locator("[data-testid=sla-default-row] button[data-testid=sla-edit]"), "Enter");
        await page.Locator("[data-testid=sla-dialog]").WaitForAsync();
        await page.Locator("input[data-testid=sla-respond-within]").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(days);
        await page.Keyboard.PressAsync("Tab");
        await PressAsync(page.Locator("button[data-testid=sla-save]"), "Enter");
        await Assertions.Expect(page.Locator("[data-testid=sla-dialog]")).ToHaveCountAsync(0);
    }

    private static async Task PressAsync(ILocator target, string key)
    {
        await target.FocusAsync();
        await target.PressAsync(key);
    }

    private static DateOnly FirstSaturdayOfOctober(int year)
    {
        var date = new DateOnly(year, 10, 1);
        while (date.DayOfWeek != DayOfWeek.Saturday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static int WorkingDays(string text) => int.Parse(Regex.Match(text, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
}

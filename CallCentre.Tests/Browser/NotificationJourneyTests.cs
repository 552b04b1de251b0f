using System.Text.RegularExpressions;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>
/// Issue 5's bell: an officer has a page open, a reminder for them is saved inside the app as the escalation scan saves it,
/// and the bell counts it without a reload; choosing it opens the case and clears the count. The pages pass axe with no violation of any impact.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class NotificationJourneyTests
{
    private readonly BrowserFixture _fixture;

    public NotificationJourneyTests(BrowserFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task ANotificationForTheOfficer_ShowsLiveOnTheBell_AndOpensItsCase()
    {
        var officer = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(officer, "officer.usug@demo.1111.mn", DemoAccounts.Password);
        var bell = officer.Locator("[data-testid=notification-bell]");

        // Start from a clear bell: other journeys share the app and may have notified this officer.
        await MarkAllReadAsync("officer.usug@demo.1111.mn");
        await ShellPage.RunAndWaitForNewPageAsync(officer, () => officer.GotoAsync("/"));
        await ShellPage.WaitForInteractiveAsync(officer);
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", "0");

        var (caseId, reference) = await RegisterCaseAsync();
        var officerId = await UserIdAsync("officer.usug@demo.1111.mn");
        await NotifyAsync(officerId, caseId, reference);

        // No reload: the bell hears of the committed notification.
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", "1");
        var button = officer.Locator("[data-testid=notification-bell-button]");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-label", new Regex("1"));

        await button.FocusAsync();
        await button.PressAsync("Enter");
        var item = officer.Locator("[data-testid=notification-item]").Filter(new() { HasText = reference });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToContainTextAsync(new Regex("Сануулга|Reminder"));
        await AxeCheck.AssertNoneAsync(officer, "officer bell open");
        await item.ClickAsync();

        await officer.Locator("[data-testid=case-page]").WaitForAsync();
        await Assertions.Expect(officer.Locator("[data-testid=case-reference]")).ToHaveTextAsync(reference);
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", "0");

        await ShellPage.RunAndWaitForNewPageAsync(officer, () => officer.GotoAsync("/notifications"));
        await ShellPage.WaitForInteractiveAsync(officer);
        await Assertions.Expect(officer.Locator("[data-testid=notifications-row-text]").Filter(new() { HasText = reference })).ToHaveCountAsync(1);
        await AxeCheck.AssertNoneAsync(officer, "officer notifications");

        await ShellPage.RunAndWaitForNewPageAsync(officer, () => officer.GotoAsync("/notifications/preferences"));
        await ShellPage.WaitForInteractiveAsync(officer);
        await Assertions.Expect(officer.Locator("[data-testid=preferences-save]")).ToBeVisibleAsync();
        await AxeCheck.AssertNoneAsync(officer, "officer notification preferences");
    }

    [SkippableFact]
    public async Task AnotherUsersNotification_NeverReachesTheirBell()
    {
        var head = await _fixture.NewPageAsync();
        await ShellPage.SignInAsync(head, "head.gpd@demo.1111.mn", DemoAccounts.Password);
        var bell = head.Locator("[data-testid=notification-bell]");
        var before = await bell.GetAttributeAsync("data-unread");

        var (caseId, reference) = await RegisterCaseAsync();
        await NotifyAsync(await UserIdAsync("officer.usug@demo.1111.mn"), caseId, reference);
        var gpdHeadId = await UserIdAsync("head.gpd@demo.1111.mn");
        await NotifyAsync(gpdHeadId, null, "26-999999-9");

        // Their own arrives; the officer's, saved just before it, never does.
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", (int.Parse(before!, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await head.Locator("[data-testid=notification-bell-button]").ClickAsync();
        await Assertions.Expect(head.Locator("[data-testid=notification-item]").Filter(new() { HasText = "26-999999-9" })).ToHaveCountAsync(1);
        Assert.Equal(0, await head.Locator("[data-testid=notification-item]").Filter(new() { HasText = reference }).CountAsync());
    }

    /// <summary>Registers a water call through the app's own use case (routed to USUG).</summary>
    private Task<(int CaseId, string Reference)> RegisterCaseAsync() => BrowserCases.RegisterWaterCallAsync(_fixture, "Дулмаа", "99115544");

    /// <summary>Saves a reminder through the app's context factory, as the escalation scan does.</summary>
    private async Task NotifyAsync(string recipientId, int? caseId, string reference)
    {
        using var scope = _fixture.AppServices.CreateScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var now = DateTime.UtcNow;
        db.Notifications.Add(new Notification(recipientId, NotificationKind.RespondReminder, caseId, reference, 1, now.AddDays(5), now));
        await db.SaveChangesAsync();
    }

    private async Task MarkAllReadAsync(string email)
    {
        await using var db = _fixture.OpenDatabase();
        var id = await UserIdAsync(email);
        foreach (var notification in await db.Notifications.Where(n => n.RecipientId == id && n.ReadAtUtc == null).ToListAsync())
        {
            notification.MarkRead(DateTime.UtcNow);
        }

        await db.SaveChangesAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = _fixture.OpenDatabase();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Notifications;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace CallCentre.Tests.Web.Features.Notifications;

/// <summary>The mail job against a real SMTP server on loopback: delivered in the recipient's language, once, and never marked sent when it was not.</summary>
public sealed class NotificationMailJobTests : IAsyncLifetime
{
    private const string Reference = "26-000123-4";

    // 10:00 in Ulaanbaatar on Tuesday 1 December 2026.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _officer = null!;
    private Actor _head = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _officer = await _database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddStaffAsync(Roles.AgencyHead, "USUG");
        await SetUserAsync(_officer, "officer@usug.test", Cultures.Mongolian);
        await SetUserAsync(_head, "head@usug.test", Cultures.English);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task PendingNotifications_AreDeliveredInTheRecipientsLanguage_AndMarkedSent()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var services = Services(smtp.Port);
        var reminder = await AddAsync(_officer, NotificationKind.RespondReminder, 1);
        var overdue = await AddAsync(_head, NotificationKind.Escalation, 1);

        Assert.Equal(2, await services.RunMailJobAsync());

        var messages = smtp.Messages.ToList();
        Assert.Equal(2, messages.Count);
        var toOfficer = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == "officer@usug.test");
        Assert.StartsWith("Сануулга: " + Reference, toOfficer.Subject, StringComparison.Ordinal);
        Assert.Contains("Сайн байна уу", toOfficer.TextBody, StringComparison.Ordinal);
        var toHead = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == "head@usug.test");
        Assert.StartsWith("Overdue: " + Reference + " was due ", toHead.Subject, StringComparison.Ordinal);
        Assert.Contains("https://1111.test/notifications/preferences", toHead.TextBody, StringComparison.Ordinal);

        await using var db = _database.CreateDbContext();
        foreach (var id in new[] { reminder, overdue })
        {
            var sent = await db.Notifications.SingleAsync(n => n.Id == id);
            Assert.Equal(NotificationEmailState.Sent, sent.EmailState);
            Assert.Equal(1, sent.EmailAttempts);
            Assert.Equal(_clock.GetUtcNow().UtcDateTime, sent.EmailedAtUtc);
        }

        Assert.Equal(0, await services.RunMailJobAsync());
        Assert.Equal(2, smtp.Messages.Count);
    }

    [Fact]
    public async Task ServerDown_LeavesTheMailPendingWithItsError_FailsTheRun_AndSendsItOnceWhenTheServerIsBack()
    {
        var port = LoopbackSmtpServer.FreePort();
        await using var services = Services(port);
        var id = await AddAsync(_officer, NotificationKind.RespondReminder, 1);

        await Assert.ThrowsAsync<MailDeliveryException>(services.RunMailJobAsync);

        await using (var db = _database.CreateDbContext())
        {
            var pending = await db.Notifications.SingleAsync(n => n.Id == id);
            Assert.Equal(NotificationEmailState.Pending, pending.EmailState);
            Assert.Equal(1, pending.EmailAttempts);
            Assert.False(string.IsNullOrEmpty(pending.EmailError));
            Assert.Null(pending.EmailClaimId);
        }

        // In-app it is there all the same.
        var bell = await new GetNotifications(_database.Database).RunAsync(new GetNotificationsInput(), _officer);
        Assert.Equal(id, Assert.Single(bell.Rows).Id);

        await using var smtp = await LoopbackSmtpServer.StartAsync(port);
        Assert.Equal(1, await services.RunMailJobAsync());
        Assert.Equal(0, await services.RunMailJobAsync());

        Assert.Single(smtp.Messages);
        await using var after = _database.CreateDbContext();
        var sent = await after.Notifications.SingleAsync(n => n.Id == id);
        Assert.Equal(NotificationEmailState.Sent, sent.EmailState);
        Assert.Equal(2, sent.EmailAttempts);
        Assert.Null(sent.EmailError);
    }

    [Fact]
    public async Task TwoRunnersAtOnce_SendEachMessageOnce()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var services = Services(smtp.Port, batchSize: 5);
        for (var i = 0; i < 30; i++)
        {
            await AddAsync(i % 2 == 0 ? _officer : _head, NotificationKind.RespondReminder, 1);
        }

        var runs = await Task.WhenAll(Task.Run(services.RunMailJobAsync), Task.Run(services.RunMailJobAsync));

        Assert.Equal(30, runs.Sum());
        Assert.Equal(30, smtp.Messages.Count);
        Assert.Equal(30, smtp.Messages.Select(m => m.MessageId).Distinct().Count());
        await using var db = _database.CreateDbContext();
        Assert.Equal(30, await db.Notifications.CountAsync(n => n.EmailState == NotificationEmailState.Sent && n.EmailAttempts == 1));
    }

    [Fact]
    public async Task InAppOnlyChoices_AndUsersWithoutAnAddress_GetNoMail()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var services = Services(smtp.Port);
        await new SaveNotificationPreferences(_database.Database, _clock).RunAsync(
            new SaveNotificationPreferencesInput(NotificationDelivery.InAppOnly, NotificationDelivery.EmailAndInApp, NotificationDelivery.EmailAndInApp), _officer);
        var noAddress = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        var inAppOnly = await AddAsync(_officer, NotificationKind.RespondReminder, 1);
        var escalation = await AddAsync(_officer, NotificationKind.Escalation, 1);
        var withoutAddress = await AddAsync(noAddress, NotificationKind.RespondReminder, 1);

        Assert.Equal(1, await services.RunMailJobAsync());

        Assert.Equal("officer@usug.test", Assert.Single(smtp.Messages).To.Mailboxes.Single().Address);
        await using var db = _database.CreateDbContext();
        var states = await db.Notifications.ToDictionaryAsync(n => n.Id, n => n.EmailState);
        Assert.Equal(NotificationEmailState.NotWanted, states[inAppOnly]);
        Assert.Equal(NotificationEmailState.Sent, states[escalation]);
        Assert.Equal(NotificationEmailState.NotWanted, states[withoutAddress]);
    }

    [Fact]
    public async Task WithAPickupFolder_MessagesAreWrittenAsEmlFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"mail-{Guid.NewGuid():N}");
        try
        {
            await using var services = Services(1, pickupFolder: folder);
            await AddAsync(_head, NotificationKind.Escalation, 2);

            Assert.Equal(1, await services.RunMailJobAsync());

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            var message = await MimeMessage.LoadAsync(file);
            Assert.Equal("head@usug.test", message.To.Mailboxes.Single().Address);
            Assert.StartsWith("Escalated (level 2): " + Reference, message.Subject, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    [Fact]
    public async Task TheDailyDigest_ListsTheHeadsOverdueCases_InTheirLanguage()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var services = Services(smtp.Port);
        var @operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        var registered = await _database.RegisterAsync(@operator, _clock);
        _clock.Advance(TimeSpan.FromDays(35));
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CreateDailyDigests>().RunAsync(Actor.System);
        }

        Assert.Equal(2, await services.RunMailJobAsync());

        var digest = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Single().Address == "head@usug.test");
        Assert.Contains("1 open, 0 due soon, 1 overdue", digest.Subject, StringComparison.Ordinal);
        Assert.Contains(registered.Reference!, digest.TextBody, StringComparison.Ordinal);
        var officers = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Single().Address == "officer@usug.test");
        Assert.DoesNotContain(registered.Reference!, officers.TextBody, StringComparison.Ordinal);
    }

    private ServiceProvider Services(int port, int batchSize = 50, string? pickupFolder = null) => NotificationServices.Build(_database, _clock, new Dictionary<string, string?>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:UseTls"] = "false",
        ["Mail:LinkBaseUrl"] = "https://1111.test",
        ["Mail:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:PickupFolder"] = pickupFolder,
    });

    private async Task<long> AddAsync(Actor recipient, NotificationKind kind, int level)
    {
        await using var db = _database.CreateDbContext();
        var now = _clock.GetUtcNow().UtcDateTime;
        var notification = new Notification(recipient.UserId, kind, null, Reference, level, now.AddDays(3), now);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private async Task SetUserAsync(Actor actor, string email, string culture)
    {
        await using var db = _database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == actor.UserId);
        user.Email = email;
        user.PreferredCulture = culture;
        await db.SaveChangesAsync();
    }
}

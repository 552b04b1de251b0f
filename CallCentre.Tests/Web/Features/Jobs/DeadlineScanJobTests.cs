using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Jobs;
using CallCentre.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Jobs;

/// <summary>The deadline scan as the app registers it: a restart (a new app on the same database) sends nothing again.</summary>
public sealed class DeadlineScanJobTests
{
    [Fact]
    public async Task AfterARestart_TheJobSendsNothingTwice()
    {
        using var first = new CallCentreWebFactory();
        first.Settings["DemoData:Cases"] = "30";
        _ = first.Server;
        var breached = await BreachEveryRunningCaseAsync(first.Services);
        Assert.True(breached > 0, "the demo data should hold running cases");

        await RunJobAsync(first.Services);
        var sent = await CountsAsync(first.Services);
        Assert.True(sent.Alerts >= breached, $"{sent.Alerts} alerts for {breached} breached cases");
        Assert.True(sent.Notifications >= breached, "every breach notifies at least the demo supervisor");

        using var restarted = new CallCentreWebFactory { DatabasePath = first.DatabasePath };
        restarted.Settings["DemoData:Cases"] = "0";
        _ = restarted.Server;
        await RunJobAsync(restarted.Services);

        Assert.Equal(sent, await CountsAsync(restarted.Services));
    }

    [Fact]
    public async Task TheJobsNotifications_ReachTheLiveFeed_OnceCommitted()
    {
        using var app = new CallCentreWebFactory();
        app.Settings["DemoData:Cases"] = "30";
        _ = app.Server;
        Assert.True(await BreachEveryRunningCaseAsync(app.Services) > 0, "the demo data should hold running cases");
        var factory = app.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        List<string> users;
        await using (var db = await factory.CreateDbContextAsync())
        {
            users = await db.Users.Select(u => u.Id).ToListAsync();
        }

        // Every user's open page, as the bell subscribes: what each heard, and whether the notification was there to read.
        var heard = new List<(NotificationChanged Change, string Subscriber, bool Visible)>();
        var feed = app.Services.GetRequiredService<INotificationFeed>();
        var subscriptions = users.Select(user => feed.Subscribe(user, change =>
        {
            using var db = factory.CreateDbContext();
            var visible = db.Notifications.Any(n => n.Id == change.NotificationId && n.RecipientId == user);
            lock (heard)
            {
                heard.Add((change, user, visible));
            }

            return Task.CompletedTask;
        })).ToList();

        await RunJobAsync(app.Services);
        subscriptions.ForEach(s => s.Dispose());

        await using (var db = await factory.CreateDbContextAsync())
        {
            var stored = await db.Notifications.OrderBy(n => n.Id).Select(n => new { n.Id, n.RecipientId }).ToListAsync();
            Assert.NotEmpty(stored);
            Assert.Equal(stored.Select(n => (n.Id, n.RecipientId)), heard.Select(h => (h.Change.NotificationId, h.Subscriber)).OrderBy(h => h.NotificationId));
        }

        Assert.All(heard, h => Assert.True(h.Change.IsNew && h.Visible && h.Change.RecipientId == h.Subscriber, $"{h}"));
    }

    private static async Task RunJobAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineScanJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<int> BreachEveryRunningCaseAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using var db = await services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        return await db.Cases.Where(c => c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InProgress)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RespondByUtc, now.AddHours(-1))
                .SetProperty(c => c.AcknowledgeByUtc, now.AddDays(-20))
                .SetProperty(c => c.DeadlineRound, 1));
    }

    private static async Task<(int Alerts, int Notifications)> CountsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        return (await db.DeadlineAlerts.CountAsync(), await db.Notifications.CountAsync());
    }
}

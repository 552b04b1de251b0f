using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Deadlines;

/// <summary>A fake clock drives cases through their reminders and escalations; every notification must come exactly once.</summary>
public sealed class ScanDeadlinesTests : IAsyncLifetime
{
    // Monday 2026-11-30 10:00 Ulaanbaatar. Acknowledge-by the next day; respond-by Friday 12-18 10:00 (02:00 UTC).
    private static readonly DateTime Registered = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AcknowledgeBy = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime RespondBy = new(2026, 12, 18, 2, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider _clock = new(Registered);
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _officer = null!;
    private Actor _head = null!;
    private Actor _supervisor = null!;
    private Actor _cabinetSecretariat = null!;
    private Actor _otherHead = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddStaffAsync(Roles.Operator, "CC1111");
        _officer = await _database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddStaffAsync(Roles.AgencyHead, "USUG");
        _supervisor = await _database.AddStaffAsync(Roles.Supervisor, "CC1111");
        _cabinetSecretariat = await _database.AddStaffAsync(Roles.Supervisor, "CABSEC");
        _otherHead = await _database.AddStaffAsync(Roles.AgencyHead, "MOH");

        // Locked accounts receive nothing.
        var lockedHead = await _database.AddStaffAsync(Roles.AgencyHead, "USUG");
        var lockedSupervisor = await _database.AddStaffAsync(Roles.Supervisor, "CABSEC");
        await using var db = _database.CreateDbContext();
        await db.Users.Where(u => u.Id == lockedHead.UserId || u.Id == lockedSupervisor.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private ScanDeadlines Scan(IDbContextFactory<CallCentreDbContext>? through = null) =>
        new(through ?? _database.Database, _clock, Options.Create(new CalendarSettings()));

    private async Task<DeadlineScanResult> ScanAtAsync(DateTime nowUtc)
    {
        _clock.SetUtcNow(nowUtc);
        return await Scan().RunAsync(new ScanDeadlinesInput("test-runner"), Actor.System);
    }

    private async Task<int> AcknowledgedCaseAsync(Actor by, string? officerId = null)
    {
        var id = await AssignedCaseAsync(officerId);
        _clock.SetUtcNow(AcknowledgeBy.AddHours(-1));
        await _database.MoveAsync(_clock, by, new AcknowledgeMove { CaseId = id });
        return id;
    }

    private async Task<int> AssignedCaseAsync(string? officerId = null)
    {
        _clock.SetUtcNow(Registered);
        var id = (await _database.RegisterAsync(_operator, _clock)).CaseId;
        await _database.StartClockAsync(id, AcknowledgeBy, RespondBy);
        if (officerId is not null)
        {
            await _database.SetOfficerAsync(id, officerId);
        }

        return id;
    }

    private async Task<List<(string Recipient, NotificationKind Kind, int Level)>> NewSinceAsync(int seen)
    {
        var all = await _database.NotificationsAsync();
        return all.Skip(seen).Select(n => (n.Recipient, n.Kind, n.Level)).ToList();
    }

    [Fact]
    public async Task ACaseGoesThroughAcknowledgeReminder_Reminders_Breach_AndEscalation_EachNotificationOnce()
    {
        var id = await AssignedCaseAsync(_officer.UserId);

        Assert.Equal(0, (await ScanAtAsync(AcknowledgeBy.AddMinutes(-1))).AlertsSent);

        await ScanAtAsync(AcknowledgeBy);
        Assert.Equal(
            [(_officer.UserId, NotificationKind.AcknowledgeReminder, 1), (_head.UserId, NotificationKind.AcknowledgeReminder, 1)],
            (await NewSinceAsync(0)).OrderBy(n => n.Recipient == _head.UserId));
        Assert.Equal(0, (await ScanAtAsync(AcknowledgeBy.AddHours(3))).AlertsSent);

        _clock.SetUtcNow(AcknowledgeBy.AddHours(4));
        await _database.MoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = id });

        await ScanAtAsync(new DateTime(2026, 12, 11, 1, 59, 0, DateTimeKind.Utc));
        Assert.Empty(await NewSinceAsync(2));
        await ScanAtAsync(new DateTime(2026, 12, 11, 2, 0, 0, DateTimeKind.Utc));
        Assert.Equal([(_officer.UserId, NotificationKind.RespondReminder, 1)], await NewSinceAsync(2));

        await ScanAtAsync(new DateTime(2026, 12, 17, 2, 0, 0, DateTimeKind.Utc));
        Assert.Equal([(_officer.UserId, NotificationKind.RespondReminder, 2)], await NewSinceAsync(3));

        await ScanAtAsync(RespondBy);
        Assert.Equal(
            new[] { _head.UserId, _supervisor.UserId, _cabinetSecretariat.UserId }.Order(),
            (await NewSinceAsync(4)).Select(n => n.Recipient).Order());
        Assert.All(await NewSinceAsync(4), n => Assert.Equal((NotificationKind.Escalation, 1), (n.Kind, n.Level)));

        await ScanAtAsync(new DateTime(2026, 12, 25, 1, 0, 0, DateTimeKind.Utc));
        Assert.Empty(await NewSinceAsync(7));
        await ScanAtAsync(new DateTime(2026, 12, 25, 2, 0, 0, DateTimeKind.Utc));
        Assert.Equal([(_cabinetSecretariat.UserId, NotificationKind.Escalation, 2)], await NewSinceAsync(7));

        // Done with the round: later scans do not even look at the case.
        var later = await ScanAtAsync(new DateTime(2027, 1, 20, 2, 0, 0, DateTimeKind.Utc));
        Assert.Equal((0, 0), (later.Candidates, later.AlertsSent));

        var all = await _database.NotificationsAsync();
        Assert.Equal(8, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.DoesNotContain(all, n => n.Recipient == _otherHead.UserId);
        await using var db = _database.CreateDbContext();
        var claims = await db.DeadlineAlerts.AsNoTracking().Where(a => a.CaseId == id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [(NotificationKind.AcknowledgeReminder, 1), (NotificationKind.RespondReminder, 1), (NotificationKind.RespondReminder, 2), (NotificationKind.Escalation, 1), (NotificationKind.Escalation, 2)],
            claims.Select(c => (c.Kind, c.Level)));
        Assert.All(claims, c => Assert.Equal(c.ClaimedAtUtc, c.SentAtUtc));
    }

    [Fact]
    public async Task WithoutAnOfficer_RemindersGoToTheHeads()
    {
        await AcknowledgedCaseAsync(_head);

        await ScanAtAsync(new DateTime(2026, 12, 11, 2, 0, 0, DateTimeKind.Utc));

        Assert.Equal([(_head.UserId, NotificationKind.RespondReminder, 1)], await NewSinceAsync(0));
    }

    [Fact]
    public async Task AnExtension_StartsANewRound_WithRemindersForTheNewDeadline()
    {
        var id = await AcknowledgedCaseAsync(_officer, _officer.UserId);
        await ScanAtAsync(new DateTime(2026, 12, 11, 2, 0, 0, DateTimeKind.Utc));
        var before = (await _database.NotificationsAsync()).Count;

        // Extended to Friday 2027-01-15 10:00: nothing at the old deadline, the 5-day reminder again on Friday 01-08.
        await _database.ExtendClockAsync(id, new DateTime(2027, 1, 15, 2, 0, 0, DateTimeKind.Utc));
        await ScanAtAsync(RespondBy.AddHours(1));
        Assert.Empty(await NewSinceAsync(before));
        await ScanAtAsync(new DateTime(2027, 1, 8, 2, 0, 0, DateTimeKind.Utc));

        Assert.Equal([(_officer.UserId, NotificationKind.RespondReminder, 1)], await NewSinceAsync(before));
        await using var db = _database.CreateDbContext();
        Assert.Equal(
            [1, 2],
            await db.DeadlineAlerts.Where(a => a.CaseId == id && a.Kind == NotificationKind.RespondReminder).OrderBy(a => a.Round).Select(a => a.Round).ToListAsync());
    }

    [Fact]
    public async Task WhilePaused_NothingIsSent_AndResumingShiftsTheReminders()
    {
        var id = await AcknowledgedCaseAsync(_officer, _officer.UserId);
        await _database.PauseClockAsync(id, new DateTime(2026, 12, 10, 2, 0, 0, DateTimeKind.Utc));

        await ScanAtAsync(new DateTime(2026, 12, 11, 2, 0, 0, DateTimeKind.Utc));
        await ScanAtAsync(new DateTime(2026, 12, 13, 2, 0, 0, DateTimeKind.Utc));
        Assert.Empty(await _database.NotificationsAsync());

        // Paused four days: respond-by moves to Tuesday 12-22 10:00, the 5-day reminder to Tuesday 12-15 10:00.
        await _database.ResumeClockAsync(id, new DateTime(2026, 12, 14, 2, 0, 0, DateTimeKind.Utc));
        await ScanAtAsync(new DateTime(2026, 12, 15, 1, 59, 0, DateTimeKind.Utc));
        Assert.Empty(await _database.NotificationsAsync());
        await ScanAtAsync(new DateTime(2026, 12, 15, 2, 0, 0, DateTimeKind.Utc));

        Assert.Equal([(_officer.UserId, NotificationKind.RespondReminder, 1)], await NewSinceAsync(0));
    }

    [Fact]
    public async Task RespondedCases_GetNothing()
    {
        var id = await AcknowledgedCaseAsync(_officer, _officer.UserId);
        await _database.MoveAsync(_clock, _officer, new RespondMove { CaseId = id, Text = "Засварласан.", Resolution = Resolution.Resolved });

        var result = await ScanAtAsync(new DateTime(2027, 1, 20, 2, 0, 0, DateTimeKind.Utc));

        Assert.Equal((0, 0), (result.Candidates, result.AlertsSent));
        Assert.Empty(await _database.NotificationsAsync());
    }

    [Fact]
    public async Task TwoRunnersAtOnce_OnTheSameDatabase_SendEachNotificationOnce()
    {
        const int cases = 40;
        for (var i = 0; i < cases; i++)
        {
            await AssignedCaseAsync(i % 2 == 0 ? _officer.UserId : null);
        }

        // Both escalation levels due on every case: level 1 to head and two supervisors, level 2 to the secretariat.
        _clock.SetUtcNow(new DateTime(2026, 12, 28, 2, 0, 0, DateTimeKind.Utc));
        var runners = Enumerable.Range(1, 2).Select(n => Task.Run(() =>
            new ScanDeadlines(_database.Database, _clock, Options.Create(new CalendarSettings())).RunAsync(new ScanDeadlinesInput($"runner-{n}", BatchSize: 3), Actor.System)));
        var results = await Task.WhenAll(runners);

        Assert.Equal(cases * 2, results.Sum(r => r.AlertsSent));
        var all = await _database.NotificationsAsync();
        Assert.Equal(cases * 4, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        await using var db = _database.CreateDbContext();
        Assert.Equal(cases * 2, await db.DeadlineAlerts.CountAsync());
    }

    [Fact]
    public async Task ARunThatCrashesBeforeCommit_SendsNothing_AndTheNextRunSendsItOnce()
    {
        await AssignedCaseAsync(_officer.UserId);
        _clock.SetUtcNow(RespondBy);

        // The claims and notifications are inserted, then the commit fails: neither may remain.
        var crashing = new ScanDeadlines(new InterceptedDbContextFactory(_database.Database, new CrashBeforeCommit()), _clock, Options.Create(new CalendarSettings()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.RunAsync(new ScanDeadlinesInput("crashing"), Actor.System));
        Assert.Empty(await _database.NotificationsAsync());
        await using (var db = _database.CreateDbContext())
        {
            Assert.Equal(0, await db.DeadlineAlerts.CountAsync());
        }

        await ScanAtAsync(RespondBy);
        await ScanAtAsync(RespondBy.AddMinutes(5));
        Assert.Equal(3, (await _database.NotificationsAsync()).Count);
    }

    [Fact]
    public async Task TheScanAnnouncesWhatItSent_OnlyOnceCommitted()
    {
        for (var i = 0; i < 5; i++)
        {
            await AssignedCaseAsync(i % 2 == 0 ? _officer.UserId : null);
        }

        _clock.SetUtcNow(new DateTime(2026, 12, 28, 2, 0, 0, DateTimeKind.Utc));
        var crashed = new RecordingPublisher(_database);
        var crashing = new ScanDeadlines(
            new InterceptedDbContextFactory(_database.Database, new CrashBeforeCommit()), _clock, Options.Create(new CalendarSettings()), crashed);
        await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.RunAsync(new ScanDeadlinesInput("crashing", BatchSize: 2), Actor.System));
        Assert.Empty(crashed.Heard);

        var publisher = new RecordingPublisher(_database);
        var result = await new ScanDeadlines(_database.Database, _clock, Options.Create(new CalendarSettings()), publisher)
            .RunAsync(new ScanDeadlinesInput("announcing", BatchSize: 2), Actor.System);

        // Every notification stored is announced once, to its recipient, and was already visible to others when announced.
        await using var db = _database.CreateDbContext();
        var stored = await db.Notifications.AsNoTracking().OrderBy(n => n.Id).Select(n => new CommittedNotification(n.Id, n.RecipientId)).ToListAsync();
        Assert.Equal(20, stored.Count);
        Assert.Equal(result.Notifications, stored.Count);
        Assert.Equal(stored, publisher.Heard.Select(h => h.Notification).OrderBy(n => n.Id));
        Assert.All(publisher.Heard, h => Assert.True(h.Visible, $"notification {h.Notification.Id} announced before its commit"));
        Assert.Equal(3, publisher.Calls);
    }

    [Fact]
    public async Task TheRowsTheScanWrites_AreTheRowsSaveChangesWrites()
    {
        // Enough for the multi-row statements and the single-row ones: 11 cases, 22 claims, 44 notifications.
        var ids = new List<int>();
        for (var i = 0; i < 11; i++)
        {
            ids.Add(await AssignedCaseAsync(_officer.UserId));
        }

        await ScanAtAsync(new DateTime(2026, 12, 28, 2, 0, 0, DateTimeKind.Utc));
        var scanned = (Notifications: await RawRowsAsync("Notifications"), Alerts: await RawRowsAsync("DeadlineAlerts"));
        Assert.Equal(44, scanned.Notifications.Count);
        Assert.Equal(22, scanned.Alerts.Count);

        // The same values saved through EF, in place of the scan's rows: every column, its type and its text must match.
        await using (var db = _database.CreateDbContext())
        {
            var notifications = await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
            var alerts = await db.DeadlineAlerts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            await db.Notifications.ExecuteDeleteAsync();
            await db.DeadlineAlerts.ExecuteDeleteAsync();
            db.Notifications.AddRange(notifications.Select(n => new Notification(n.RecipientId, n.Kind, n.CaseId, n.CaseReference, n.Level, n.DeadlineUtc, n.CreatedAtUtc)));
            db.DeadlineAlerts.AddRange(alerts.Select(a => new DeadlineAlert(a.CaseId, a.Kind, a.Level, a.Round, a.DueAtUtc, a.IsLastOfRound, a.Recipients, a.ClaimedBy, a.ClaimedAtUtc)));
            await db.SaveChangesAsync();
        }

        Assert.Equal(scanned.Notifications, await RawRowsAsync("Notifications"));
        Assert.Equal(scanned.Alerts, await RawRowsAsync("DeadlineAlerts"));
        Assert.All(ids, id => Assert.Contains(scanned.Notifications, row => row.Contains($"CaseId={id}:Int64") && row.Contains("EmailState=Pending:String") && row.Contains("Kind=Escalation:String")));
    }

    /// <summary>Each row as "column=value:type" in column order, without the generated id; the rows sorted.</summary>
    private async Task<List<string>> RawRowsAsync(string table)
    {
        await using var db = _database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "Id").Select(i =>
                $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}:{reader.GetValue(i).GetType().Name}")));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Records what the scan announces, and whether another connection could already read it then.</summary>
    private sealed class RecordingPublisher(SeededDatabase database) : INotificationPublisher
    {
        public List<(CommittedNotification Notification, bool Visible)> Heard { get; } = [];

        public int Calls { get; private set; }

        public void PublishCommitted(IReadOnlyList<CommittedNotification> notifications)
        {
            Calls++;
            using var db = database.CreateDbContext();
            foreach (var notification in notifications)
            {
                Heard.Add((notification, db.Notifications.Any(n => n.Id == notification.Id && n.RecipientId == notification.RecipientId)));
            }
        }
    }

    private sealed class CrashBeforeCommit : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            System.Data.Common.DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The process died before the commit.");
    }
}

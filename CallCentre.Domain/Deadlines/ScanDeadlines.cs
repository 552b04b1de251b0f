using System.Diagnostics;
using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Domain.Deadlines;

/// <summary>How one scan went: the cases looked at, the reminders and escalations it sent, the notifications they made, and where the time went.</summary>
public sealed record DeadlineScanResult(int Candidates, int AlertsSent, int Notifications, int Retries, DeadlineScanPhases Phases);

/// <param name="RunnerId">Names the runner in the claims it makes (host, process).</param>
/// <param name="BatchSize">Cases per transaction; by default <see cref="ScanDeadlines.SqliteBatchSize"/> on SQLite, <see cref="ScanDeadlines.DefaultBatchSize"/> elsewhere.</param>
public sealed record ScanDeadlinesInput(string RunnerId, int? BatchSize = null);

/// <summary>
/// Finds the reminders and escalations due now and sends each exactly once: per batch of cases, in one transaction, it
/// reads what was already claimed, inserts a <see cref="DeadlineAlert"/> per due alert (unique per case, kind, level and
/// round) with its <see cref="Notification"/> rows, and commits; then tells the <see cref="INotificationPublisher"/> what
/// it committed. A runner that loses the race for a claim (its insert violates the unique key) rolls its batch back —
/// nothing of it is sent — and does the batch again. On SQLite the write transaction is taken at its start (BEGIN
/// IMMEDIATE), so two runners queue rather than race; on SQL Server they may race and the unique key settles it.
/// Hangfire's own locks are not relied upon. The rows go in through prepared multi-row inserts per table and batch (see
/// <see cref="PreparedInsert{TEntity}"/>), not through change tracking: a first run after a deployment sends a backlog of
/// tens of thousands of alerts.
/// </summary>
public sealed class ScanDeadlines(
    IDbContextFactory<CallCentreDbContext> dbFactory,
    TimeProvider clock,
    IOptions<CalendarSettings> calendarSettings,
    INotificationPublisher? publisher = null)
{
    /// <summary>Cases per transaction where several runners may write at once (SQL Server).</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>
    /// Cases per transaction on SQLite, where one writer holds the database at a time anyway: fewer, larger commits. A batch
    /// of this many holds the write lock for a fraction of a second; other writers wait (busy timeout), they do not fail.
    /// </summary>
    public const int SqliteBatchSize = 2000;

    private const int MaxAttempts = 5;

    public async Task<DeadlineScanResult> RunAsync(ScanDeadlinesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var timer = new PhaseTimer();
        BusinessCalendar calendar;
        Dictionary<int, SlaPolicy> policies;
        AlertRecipients recipients;
        int[] candidates;
        int batchSize;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            calendar = await LoadBusinessCalendar.ReadAsync(db, calendarSettings.Value, cancellationToken);
            policies = await db.SlaPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
            recipients = await AlertRecipients.LoadAsync(db, now, cancellationToken);
            var largestReminder = policies.Values.Append(SlaPolicy.StatutoryDefault).SelectMany(p => p.RemindWorkingDaysBefore).DefaultIfEmpty(0).Max();
            candidates = await CandidatesAsync(db, now, DueAlerts.ReminderHorizon(largestReminder, calendar, now), cancellationToken);
            batchSize = Math.Max(1, input.BatchSize ?? (db.Database.IsSqlite() ? SqliteBatchSize : DefaultBatchSize));
            timer.Candidates += timer.Lap();
        }

        int alerts = 0, notifications = 0, retries = 0;
        foreach (var batch in candidates.Chunk(batchSize))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var (sent, made) = await SendBatchAsync(batch, input.RunnerId, now, calendar, policies, recipients, timer, cancellationToken);
                    alerts += sent;
                    notifications += made;
                    break;
                }
                catch (Exception e) when (attempt < MaxAttempts && IsUniqueViolation(e))
                {
                    // Another runner claimed one of these between our read and our insert; ours was rolled back whole.
                    retries++;
                    timer.Lap();
                }
            }
        }

        return new DeadlineScanResult(candidates.Length, alerts, notifications, retries, timer.Phases);
    }

    /// <summary>
    /// The cases that may have something due, as ids in order (bounded memory: ids only; the rows are read per batch).
    /// Two index ranges, (Status, RespondByUtc) and (Status, AcknowledgeByUtc): deadlines within the reminder horizon
    /// whose last escalation of the round is not yet sent, and unacknowledged assignments past acknowledge-by whose
    /// reminder is not yet sent. Cases done with for the round are not read again.
    /// </summary>
    private static async Task<int[]> CandidatesAsync(CallCentreDbContext db, DateTime nowUtc, DateTime horizonUtc, CancellationToken cancellationToken)
    {
        var byDeadline = await db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InProgress) && c.RespondByUtc <= horizonUtc
                && !db.DeadlineAlerts.Any(a => a.CaseId == c.Id && a.Round == c.DeadlineRound && a.IsLastOfRound))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var unacknowledged = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Assigned && c.AcknowledgeByUtc <= nowUtc
                && !db.DeadlineAlerts.Any(a => a.CaseId == c.Id && a.Round == c.DeadlineRound && a.Kind == NotificationKind.AcknowledgeReminder))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var ids = new HashSet<int>(byDeadline);
        ids.UnionWith(unacknowledged);
        var ordered = ids.ToArray();
        Array.Sort(ordered);
        return ordered;
    }

    /// <summary>One batch in one transaction (through the provider's execution strategy, which SQL Server's retries need).</summary>
    private async Task<(int Alerts, int Notifications)> SendBatchAsync(
        int[] caseIds,
        string runnerId,
        DateTime nowUtc,
        BusinessCalendar calendar,
        Dictionary<int, SlaPolicy> policies,
        AlertRecipients recipients,
        PhaseTimer timer,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            ct => SendBatchAsync(db, caseIds, runnerId, nowUtc, calendar, policies, recipients, timer, ct),
            cancellationToken);
    }

    private async Task<(int Alerts, int Notifications)> SendBatchAsync(
        CallCentreDbContext db,
        int[] caseIds,
        string runnerId,
        DateTime nowUtc,
        BusinessCalendar calendar,
        Dictionary<int, SlaPolicy> policies,
        AlertRecipients recipients,
        PhaseTimer timer,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Read inside the transaction: the case as it is now, and every claim already committed. The ids go as one JSON
        // parameter: bound one by one, a few thousand parameters cost more than the reads themselves.
        var cases = await db.Cases.AsNoTracking().Where(c => EF.Parameter(caseIds).Contains(c.Id))
            .Select(c => new
            {
                Clock = new CaseClockReading(c.Id, c.Status, c.AcknowledgeByUtc, c.RespondByUtc, c.ClockPausedAtUtc, c.DeadlineRound, c.SlaPolicyId),
                c.Reference,
                c.AssignedOrganisationId,
                c.AssignedOfficerId,
            })
            .ToListAsync(cancellationToken);
        var claimed = (await db.DeadlineAlerts.AsNoTracking().Where(a => EF.Parameter(caseIds).Contains(a.CaseId))
                .Select(a => new { a.CaseId, a.Kind, a.Level, a.Round }).ToListAsync(cancellationToken))
            .Select(a => (a.CaseId, a.Kind, a.Level, a.Round))
            .ToHashSet();
        timer.Reads += timer.Lap();

        var claims = new List<DeadlineAlert>();
        var notifications = new List<Notification>();
        foreach (var @case in cases)
        {
            var policy = @case.Clock.SlaPolicyId is { } policyId && policies.TryGetValue(policyId, out var stored) ? stored : SlaPolicy.StatutoryDefault;
            foreach (var due in DueAlerts.For(@case.Clock, policy, calendar, nowUtc))
            {
                if (claimed.Contains((@case.Clock.CaseId, due.Kind, due.Level, due.Round)))
                {
                    continue;
                }

                var to = recipients.For(due, @case.AssignedOrganisationId, @case.AssignedOfficerId);
                claims.Add(new DeadlineAlert(@case.Clock.CaseId, due.Kind, due.Level, due.Round, due.DueAtUtc, due.IsLastOfRound, to.Count, runnerId, nowUtc));
                notifications.AddRange(to.Select(recipient => new Notification(recipient, due.Kind, @case.Clock.CaseId, @case.Reference, due.Level, due.DeadlineUtc, nowUtc)));
            }
        }

        timer.Due += timer.Lap();
        var inserted = new List<object?[]>(notifications.Count);
        if (claims.Count > 0)
        {
            // The claims first: a claim another runner committed meanwhile fails the batch before any notification is written.
            await using var claimInsert = PreparedInsert<DeadlineAlert>.Create(db);
            await claimInsert.InsertAsync(claims, null, cancellationToken);
            await using var notificationInsert = PreparedInsert<Notification>.Create(db, nameof(Notification.Id), nameof(Notification.RecipientId));
            await notificationInsert.InsertAsync(notifications, inserted, cancellationToken);
        }

        timer.Inserts += timer.Lap();
        await transaction.CommitAsync(cancellationToken);
        timer.Commits += timer.Lap();
        if (inserted.Count > 0)
        {
            publisher?.PublishCommitted(inserted.Select(row => new CommittedNotification(Convert.ToInt64(row[0], CultureInfo.InvariantCulture), (string)row[1]!)).ToList());
        }

        return (claims.Count, inserted.Count);
    }

    /// <summary>A claim's unique key refused the insert, whether EF's save or our own command made it.</summary>
    private static bool IsUniqueViolation(Exception exception) => (exception is DbUpdateException ? exception.InnerException : exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>A runner id for the claims: this host and process.</summary>
    public static string DefaultRunnerId() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Sums the time between laps into the scan's phases.</summary>
    private sealed class PhaseTimer
    {
        private long _last = Stopwatch.GetTimestamp();

        public TimeSpan Candidates { get; set; }

        public TimeSpan Reads { get; set; }

        public TimeSpan Due { get; set; }

        public TimeSpan Inserts { get; set; }

        public TimeSpan Commits { get; set; }

        public DeadlineScanPhases Phases => new(Candidates, Reads, Due, Inserts, Commits);

        /// <summary>The time since the last lap.</summary>
        public TimeSpan Lap()
        {
            var now = Stopwatch.GetTimestamp();
            var elapsed = Stopwatch.GetElapsedTime(_last, now);
            _last = now;
            return elapsed;
        }
    }
}

using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Domain.Deadlines;

/// <summary>How one scan went: the cases looked at, the reminders and escalations it sent, the notifications they made.</summary>
public sealed record DeadlineScanResult(int Candidates, int AlertsSent, int Notifications, int Retries);

/// <param name="RunnerId">Names the runner in the claims it makes (host, process).</param>
/// <param name="BatchSize">Cases per transaction.</param>
public sealed record DeadlineScanInput(string RunnerId, int BatchSize = ScanDeadlines.DefaultBatchSize);

/// <summary>
/// Finds the reminders and escalations due now and sends each exactly once: per batch of cases, in one transaction, it
/// reads what was already claimed, inserts a <see cref="DeadlineAlert"/> per due alert (unique per case, kind, level and
/// round) with its <see cref="Notification"/> rows, and commits. A runner that loses the race for a claim (its insert
/// violates the unique key) rolls its batch back — nothing of it is sent — and does the batch again. On SQLite the write
/// transaction is taken at its start (BEGIN IMMEDIATE), so two runners queue rather than race; on SQL Server they may race
/// and the unique key settles it. Hangfire's own locks are not relied upon.
/// </summary>
public sealed class ScanDeadlines(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock, IOptions<CalendarSettings> calendarSettings)
{
    public const int DefaultBatchSize = 500;
    private const int MaxAttempts = 5;

    public async Task<DeadlineScanResult> RunAsync(DeadlineScanInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        BusinessCalendar calendar;
        Dictionary<int, SlaPolicy> policies;
        AlertRecipients recipients;
        int[] candidates;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            calendar = await LoadBusinessCalendar.RunAsync(db, calendarSettings.Value, cancellationToken);
            policies = await db.SlaPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
            recipients = await AlertRecipients.LoadAsync(db, now, cancellationToken);
            var largestReminder = policies.Values.Append(SlaPolicy.StatutoryDefault).SelectMany(p => p.RemindWorkingDaysBefore).DefaultIfEmpty(0).Max();
            candidates = await CandidatesAsync(db, now, DueAlerts.ReminderHorizon(largestReminder, calendar, now), cancellationToken);
        }

        int alerts = 0, notifications = 0, retries = 0;
        foreach (var batch in candidates.Chunk(Math.Max(1, input.BatchSize)))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var (sent, made) = await SendBatchAsync(batch, input.RunnerId, now, calendar, policies, recipients, cancellationToken);
                    alerts += sent;
                    notifications += made;
                    break;
                }
                catch (DbUpdateException e) when (attempt < MaxAttempts && IsUniqueViolation(e))
                {
                    // Another runner claimed one of these between our read and our insert; ours was rolled back whole.
                    retries++;
                }
            }
        }

        return new DeadlineScanResult(candidates.Length, alerts, notifications, retries);
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

    private async Task<(int Alerts, int Notifications)> SendBatchAsync(
        int[] caseIds,
        string runnerId,
        DateTime nowUtc,
        BusinessCalendar calendar,
        Dictionary<int, SlaPolicy> policies,
        AlertRecipients recipients,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Read inside the transaction: the case as it is now, and every claim already committed.
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new
            {
                Clock = new CaseClockReading(c.Id, c.Status, c.AcknowledgeByUtc, c.RespondByUtc, c.ClockPausedAtUtc, c.DeadlineRound, c.SlaPolicyId),
                c.Reference,
                c.AssignedOrganisationId,
                c.AssignedOfficerId,
            })
            .ToListAsync(cancellationToken);
        var claimed = (await db.DeadlineAlerts.AsNoTracking().Where(a => caseIds.Contains(a.CaseId))
                .Select(a => new { a.CaseId, a.Kind, a.Level, a.Round }).ToListAsync(cancellationToken))
            .Select(a => (a.CaseId, a.Kind, a.Level, a.Round))
            .ToHashSet();

        int alerts = 0, notifications = 0;
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
                db.DeadlineAlerts.Add(new DeadlineAlert(@case.Clock.CaseId, due.Kind, due.Level, due.Round, due.DueAtUtc, due.IsLastOfRound, to.Count, runnerId, nowUtc));
                foreach (var recipient in to)
                {
                    db.Notifications.Add(new Notification(recipient, due.Kind, @case.Clock.CaseId, @case.Reference, due.Level, due.DeadlineUtc, nowUtc));
                }

                alerts++;
                notifications += to.Count;
            }
        }

        if (alerts > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (alerts, notifications);
    }

    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>A runner id for the claims: this host and process.</summary>
    public static string DefaultRunnerId() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}

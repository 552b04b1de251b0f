using CallCentre.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Support;

/// <summary>
/// Sets a case's clock fields (the contract columns on Case) directly, standing in for the clock's own moves (assignment,
/// extension, pause, resume) that are built beside the scan: the scan reads only these columns.
/// </summary>
public static class CaseClockSeeding
{
    public static async Task StartClockAsync(this SeededDatabase database, int caseId, DateTime acknowledgeByUtc, DateTime respondByUtc, int round = 1)
    {
        await using var db = database.CreateDbContext();
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.AcknowledgeByUtc, acknowledgeByUtc)
            .SetProperty(c => c.RespondByUtc, respondByUtc)
            .SetProperty(c => c.DeadlineRound, round)
            .SetProperty(c => c.ClockPausedAtUtc, (DateTime?)null));
    }

    /// <summary>An approved extension: a new respond-by in a new round.</summary>
    public static async Task ExtendClockAsync(this SeededDatabase database, int caseId, DateTime respondByUtc)
    {
        await using var db = database.CreateDbContext();
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.RespondByUtc, respondByUtc)
            .SetProperty(c => c.DeadlineRound, c => c.DeadlineRound + 1));
    }

    public static async Task PauseClockAsync(this SeededDatabase database, int caseId, DateTime atUtc)
    {
        await using var db = database.CreateDbContext();
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClockPausedAtUtc, atUtc));
    }

    /// <summary>Resumes with the time that was left: respond-by moves by the pause; the round stays.</summary>
    public static async Task ResumeClockAsync(this SeededDatabase database, int caseId, DateTime atUtc)
    {
        await using var db = database.CreateDbContext();
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.RespondByUtc, c.ClockPausedAtUtc }).SingleAsync();
        var moved = @case.RespondByUtc!.Value + (atUtc - @case.ClockPausedAtUtc!.Value);
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.RespondByUtc, moved)
            .SetProperty(c => c.ClockPausedAtUtc, (DateTime?)null));
    }

    public static async Task SetOfficerAsync(this SeededDatabase database, int caseId, string officerId)
    {
        await using var db = database.CreateDbContext();
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssignedOfficerId, officerId));
    }

    /// <summary>Every notification, as (recipient, case, kind, level) in id order.</summary>
    public static async Task<List<(string Recipient, int? CaseId, NotificationKind Kind, int Level)>> NotificationsAsync(this SeededDatabase database)
    {
        await using var db = database.CreateDbContext();
        var rows = await db.Notifications.AsNoTracking().OrderBy(n => n.Id).Select(n => new { n.RecipientId, n.CaseId, n.Kind, n.Level }).ToListAsync();
        return rows.Select(r => (r.RecipientId, r.CaseId, r.Kind, r.Level)).ToList();
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Queues;

/// <summary>Which queue, which page.</summary>
public sealed record ListQueueCasesInput
{
    public QueueKind Queue { get; init; } = QueueKind.Returned;
    public int ExtensionPendingHours { get; init; } = QueueSettings.DefaultExtensionPendingHours;

    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;

    /// <summary>The language of the organisation names in the rows.</summary>
    public Language Language { get; init; }
}

/// <summary>
/// One case waiting in a queue: since when it waits (returned, reopened, extension asked), and why, in the words of who
/// sent it there.
/// </summary>
public sealed record QueueRow(
    int Id,
    string Reference,
    string Subject,
    CaseStatus Status,
    string? Organisation,
    DateTime? WaitingSinceUtc,
    string? Reason,
    int ReopenCount,
    DateTime? RespondByUtc,
    DateTime? ExtensionRequestedUntilUtc);

/// <summary>Every queue's count, a page of the chosen one (longest waiting first), and the moment waits were measured from.</summary>
public sealed record QueueResult(IReadOnlyDictionary<QueueKind, int> Counts, IReadOnlyList<QueueRow> Rows, DateTime NowUtc)
{
    public static readonly IReadOnlyList<QueueKind> Queues = Enum.GetValues<QueueKind>();

    public int CountOf(QueueKind queue) => Counts.GetValueOrDefault(queue);
}

/// <summary>
/// The supervisors' queues: returned cases to re-route, disputed responses still open, extension requests pending too
/// long. For supervisors, and for administrators to look at; anyone else gets empty queues.
/// </summary>
public sealed class ListQueueCases(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private static readonly string[] QueueRoles = [Roles.Supervisor, Roles.Administrator];

    public async Task<QueueResult> RunAsync(ListQueueCasesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!actor.IsInAny(QueueRoles))
        {
            return new QueueResult(QueueResult.Queues.ToDictionary(q => q, _ => 0), [], now);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var cases = visibility.Apply(db.Cases.AsNoTracking());
        var pendingSince = now.AddHours(-Math.Clamp(input.ExtensionPendingHours, 1, 720));

        var counted = await cases
            .Where(c => c.Status == CaseStatus.Returned || c.ReopenCount > 0 || c.ExtensionState == ExtensionState.Requested)
            .GroupBy(c => 1)
            .Select(g => new
            {
                Returned = g.Count(c => c.Status == CaseStatus.Returned),
                Disputed = g.Count(c => c.ReopenCount > 0 && c.Status != CaseStatus.Responded && c.Status != CaseStatus.Closed),
                ExtensionsPending = g.Count(c => c.ExtensionState == ExtensionState.Requested && c.ExtensionRequestedAtUtc < pendingSince),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var counts = new Dictionary<QueueKind, int>
        {
            [QueueKind.Returned] = counted?.Returned ?? 0,
            [QueueKind.Disputed] = counted?.Disputed ?? 0,
            [QueueKind.ExtensionsPending] = counted?.ExtensionsPending ?? 0,
        };

        var mongolian = input.Language.IsMongolian;
        var waiting = input.Queue switch
        {
            QueueKind.Returned => cases.Where(c => c.Status == CaseStatus.Returned).Select(c => new
            {
                Case = c,
                Since = db.CaseEvents.Where(e => e.CaseId == c.Id && e.Kind == CaseEventKind.Returned).Max(e => (DateTime?)e.AtUtc),
                Reason = c.ReturnReason,
            }),
            QueueKind.Disputed => cases.Where(c => c.ReopenCount > 0 && c.Status != CaseStatus.Responded && c.Status != CaseStatus.Closed).Select(c => new
            {
                Case = c,
                Since = db.CaseEvents.Where(e => e.CaseId == c.Id && e.Kind == CaseEventKind.Reopened).Max(e => (DateTime?)e.AtUtc),
                Reason = db.CaseEvents.Where(e => e.CaseId == c.Id && e.Kind == CaseEventKind.Reopened).OrderByDescending(e => e.Id).Select(e => e.Text).FirstOrDefault(),
            }),
            _ => cases.Where(c => c.ExtensionState == ExtensionState.Requested && c.ExtensionRequestedAtUtc < pendingSince).Select(c => new
            {
                Case = c,
                Since = c.ExtensionRequestedAtUtc,
                Reason = c.ExtensionReason,
            }),
        };

        var pageSize = Math.Clamp(input.PageSize, 1, MaxPageSize);
        var rows = await waiting
            .OrderBy(w => w.Since)
            .ThenBy(w => w.Case.Id)
            .Skip(Math.Max(input.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(w => new QueueRow(
                w.Case.Id,
                w.Case.Reference,
                w.Case.Subject,
                w.Case.Status,
                db.Organisations.Where(o => o.Id == w.Case.AssignedOrganisationId).Select(o => mongolian ? o.NameMn : o.NameEn).FirstOrDefault(),
                w.Since,
                w.Reason,
                w.Case.ReopenCount,
                w.Case.RespondByUtc,
                w.Case.ExtensionRequestedUntilUtc))
            .ToListAsync(cancellationToken);

        return new QueueResult(counts, rows, now);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Inbox;

/// <summary>Which group of an inbox, whose cases, which page.</summary>
public sealed record GetInboxInput
{
    public InboxGroup Group { get; init; } = InboxGroup.ToAcknowledge;
    public InboxScope Scope { get; init; } = InboxScope.Organisation;
    public int DueSoonDays { get; init; } = InboxSettings.DefaultDueSoonDays;

    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;

    /// <summary>The language of the organisation names in the rows.</summary>
    public Language Language { get; init; }
}

/// <summary>One open case of an inbox; <see cref="ConcurrencyStamp"/> is the version a move from the list is checked against.</summary>
public sealed record InboxRow(
    int Id,
    string Reference,
    string Subject,
    CaseType Type,
    Priority Priority,
    CaseStatus Status,
    DateTime? AssignedAtUtc,
    DateTime? RespondByUtc,
    string? Organisation,
    string? OfficerId,
    string? Officer,
    int ReopenCount,
    ExtensionState ExtensionState,
    Guid ConcurrencyStamp);

/// <summary>How many cases each group holds, the page of the chosen group, and the moment deadlines were measured from.</summary>
public sealed record InboxResult(IReadOnlyDictionary<InboxGroup, int> Counts, IReadOnlyList<InboxRow> Rows, DateTime NowUtc)
{
    public static readonly IReadOnlyList<InboxGroup> Groups = Enum.GetValues<InboxGroup>();

    public int CountOf(InboxGroup group) => Counts.GetValueOrDefault(group);
}

/// <summary>
/// An organisation's open cases grouped by what needs doing next, with every group's count in one statement, only among
/// the cases the agency actor may see (<see cref="CaseVisibility"/>). Anyone not agency staff has no inbox.
/// </summary>
public sealed class GetInbox(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<InboxResult> RunAsync(GetInboxInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!actor.IsAgencyStaff)
        {
            return new InboxResult(InboxResult.Groups.ToDictionary(g => g, _ => 0), [], now);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var open = visibility.Apply(db.Cases.AsNoTracking())
            .Where(c => c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.AwaitingCitizen);
        if (input.Scope == InboxScope.Mine)
        {
            open = open.Where(c => c.AssignedOfficerId == actor.UserId);
        }

        var soon = now.AddDays(Math.Clamp(input.DueSoonDays, 1, 30));
        var counted = await open
            .GroupBy(c => 1)
            .Select(g => new
            {
                ToAcknowledge = g.Count(c => c.Status == CaseStatus.Assigned),
                InProgress = g.Count(c => c.Status == CaseStatus.InProgress),
                AwaitingCitizen = g.Count(c => c.Status == CaseStatus.AwaitingCitizen),
                // A paused clock (awaiting the citizen) is neither due soon nor overdue: see DeadlineStates.
                DueSoon = g.Count(c => c.Status != CaseStatus.AwaitingCitizen && c.RespondByUtc >= now && c.RespondByUtc < soon),
                Overdue = g.Count(c => c.Status != CaseStatus.AwaitingCitizen && c.RespondByUtc < now),
                Reopened = g.Count(c => c.ReopenCount > 0),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var counts = new Dictionary<InboxGroup, int>
        {
            [InboxGroup.ToAcknowledge] = counted?.ToAcknowledge ?? 0,
            [InboxGroup.InProgress] = counted?.InProgress ?? 0,
            [InboxGroup.AwaitingCitizen] = counted?.AwaitingCitizen ?? 0,
            [InboxGroup.DueSoon] = counted?.DueSoon ?? 0,
            [InboxGroup.Overdue] = counted?.Overdue ?? 0,
            [InboxGroup.Reopened] = counted?.Reopened ?? 0,
        };

        var inGroup = input.Group switch
        {
            InboxGroup.ToAcknowledge => open.Where(c => c.Status == CaseStatus.Assigned),
            InboxGroup.InProgress => open.Where(c => c.Status == CaseStatus.InProgress),
            InboxGroup.AwaitingCitizen => open.Where(c => c.Status == CaseStatus.AwaitingCitizen),
            InboxGroup.DueSoon => open.Where(c => c.Status != CaseStatus.AwaitingCitizen && c.RespondByUtc >= now && c.RespondByUtc < soon),
            InboxGroup.Overdue => open.Where(c => c.Status != CaseStatus.AwaitingCitizen && c.RespondByUtc < now),
            InboxGroup.Reopened => open.Where(c => c.ReopenCount > 0),
            _ => open.Where(c => false),
        };

        var pageSize = Math.Clamp(input.PageSize, 1, MaxPageSize);
        var mongolian = input.Language.IsMongolian;

        // The nearest deadline first: what needs doing soonest is at the top of every group.
        var rows = await inGroup
            .OrderBy(c => c.RespondByUtc)
            .ThenBy(c => c.Id)
            .Skip(Math.Max(input.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(c => new InboxRow(
                c.Id,
                c.Reference,
                c.Subject,
                c.Type,
                c.Priority,
                c.Status,
                c.AssignedAtUtc,
                c.RespondByUtc,
                db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => mongolian ? o.NameMn : o.NameEn).FirstOrDefault(),
                c.AssignedOfficerId,
                db.Users.Where(u => u.Id == c.AssignedOfficerId).Select(u => u.DisplayName).FirstOrDefault(),
                c.ReopenCount,
                c.ExtensionState,
                c.ConcurrencyStamp))
            .ToListAsync(cancellationToken);

        return new InboxResult(counts, rows, now);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Notifications;

/// <summary>Which page of the signed-in user's notifications, newest first.</summary>
public sealed record GetNotificationsInput
{
    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 10;
}

/// <summary>One notification as the bell and the list show it; its text is rendered from these in the reader's language.</summary>
public sealed record NotificationRow(
    long Id,
    NotificationKind Kind,
    int? CaseId,
    string? CaseReference,
    int Level,
    DateTime? DeadlineUtc,
    DateTime CreatedAtUtc,
    DateTime? ReadAtUtc)
{
    public bool IsRead => ReadAtUtc is not null;
}

/// <summary>A page of notifications, how many there are in all and how many are unread.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationRow> Rows, int Total, int Unread);

/// <summary>The actor's own notifications: nobody reads anyone else's, whatever their role.</summary>
public sealed class GetNotifications(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int MaxPageSize = 100;

    public async Task<NotificationPage> RunAsync(GetNotificationsInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == actor.UserId);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken);
        var total = await mine.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(input.PageSize, 1, MaxPageSize);
        var rows = await mine
            .OrderByDescending(n => n.Id)
            .Skip(Math.Max(input.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.CaseId, n.CaseReference, n.Level, n.DeadlineUtc, n.CreatedAtUtc, n.ReadAtUtc))
            .ToListAsync(cancellationToken);
        return new NotificationPage(rows, total, unread);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Notifications;

/// <summary>One notification (by id) or all of them; null id means all.</summary>
public sealed record MarkNotificationsReadInput(long? NotificationId);

/// <summary>
/// Marks the actor's own notifications read. An id that is not theirs is treated exactly like one that does not exist
/// (nothing changes, false), so nobody learns another user's notification ids.
/// </summary>
public sealed class MarkNotificationsRead(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task<bool> RunAsync(MarkNotificationsReadInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = db.Notifications.Where(n => n.RecipientId == actor.UserId && n.ReadAtUtc == null);
        if (input.NotificationId is { } id)
        {
            var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientId == actor.UserId, cancellationToken);
            if (notification is null)
            {
                return false;
            }

            notification.MarkRead(now);
        }
        else
        {
            foreach (var notification in await unread.ToListAsync(cancellationToken))
            {
                notification.MarkRead(now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

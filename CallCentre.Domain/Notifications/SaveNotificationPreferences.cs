using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Notifications;

/// <summary>Saves the actor's own notification preferences; switching off escalations or reminders is refused.</summary>
public sealed class SaveNotificationPreferences(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task RunAsync(SaveNotificationPreferencesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == actor.UserId, cancellationToken);
        if (preference is null)
        {
            preference = new NotificationPreference(actor.UserId);
            db.NotificationPreferences.Add(preference);
        }

        preference.Change(input.Reminders, input.Escalations, input.DailyDigest, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }
}

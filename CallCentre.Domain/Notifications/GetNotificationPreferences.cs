using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Notifications;

/// <summary>The actor's own preferences (the defaults until they save any) and whether they have an e-mail address.</summary>
public sealed record NotificationPreferencesView(SaveNotificationPreferencesInput Choices, string? Email);

/// <summary>Reads the actor's notification preferences.</summary>
public sealed class GetNotificationPreferences(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<NotificationPreferencesView> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var choices = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.UserId == actor.UserId)
            .Select(p => new SaveNotificationPreferencesInput(p.Reminders, p.Escalations, p.DailyDigest))
            .SingleOrDefaultAsync(cancellationToken);
        var email = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return new NotificationPreferencesView(choices ?? SaveNotificationPreferencesInput.Default, email);
    }
}

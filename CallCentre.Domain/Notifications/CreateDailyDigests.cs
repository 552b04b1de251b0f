using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Domain.Notifications;

/// <summary>What one digest run did: the Ulaanbaatar day, whether it is a working day, how many digests it made.</summary>
public sealed record DailyDigestRun(DateOnly Day, bool WorkingDay, int Created);

/// <summary>
/// Gives every agency officer and head one <see cref="NotificationKind.DailyDigest"/> per working day (Ulaanbaatar time,
/// holidays and moved days from the business calendar). The digest's content (their open, due-soon and overdue cases) is
/// read when it is shown or mailed. Each digest is inserted with its <see cref="DailyDigestClaim"/> in one save, so a
/// second run, a retry, a restart or another node the same day makes none.
/// </summary>
public sealed class CreateDailyDigests(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock, IOptions<CalendarSettings> calendarSettings)
{
    public async Task<DailyDigestRun> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = UlaanbaatarTime.Today(clock);
        List<string> recipients;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var calendar = await LoadBusinessCalendar.ReadAsync(db, calendarSettings.Value, cancellationToken);
            if (!calendar.IsWorkingDay(today))
            {
                return new DailyDigestRun(today, false, 0);
            }

            string[] agencyRoles = [Roles.AgencyOfficer, Roles.AgencyHead];
            var candidates = await (
                    from user in db.Users
                    where user.OrganisationId != null
                        && db.UserRoles.Any(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && agencyRoles.Contains(r.Name!)))
                        && !db.NotificationPreferences.Any(p => p.UserId == user.Id && p.DailyDigest == NotificationDelivery.Off)
                        && !db.DailyDigestClaims.Any(c => c.UserId == user.Id && c.Day == today)
                    orderby user.Id
                    select new { user.Id, user.LockoutEnd })
                .ToListAsync(cancellationToken);

            // A locked account reads nothing; compared here because SQLite cannot compare DateTimeOffset columns.
            recipients = candidates.Where(u => u.LockoutEnd is null || u.LockoutEnd <= clock.GetUtcNow()).Select(u => u.Id).ToList();
        }

        var created = 0;
        foreach (var recipient in recipients)
        {
            if (await TryCreateAsync(recipient, today, now, cancellationToken))
            {
                created++;
            }
        }

        return new DailyDigestRun(today, true, created);
    }

    private async Task<bool> TryCreateAsync(string recipientId, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.DailyDigestClaims.Add(new DailyDigestClaim(recipientId, today, now));
        db.Notifications.Add(new Notification(recipientId, NotificationKind.DailyDigest, null, null, 0, null, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another runner made this digest first: the key refused ours, and with it our notification.
            if (await ClaimedAsync(recipientId, today, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> ClaimedAsync(string recipientId, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.DailyDigestClaims.AnyAsync(c => c.UserId == recipientId && c.Day == today, cancellationToken);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Notifications;

/// <summary>How many pending messages one run takes, how long it may hold them, and after how many failures a message is given up.</summary>
public sealed record ClaimPendingMailInput(int BatchSize, TimeSpan Lease, int MaxAttempts);

/// <summary>One message to send: the notification and what its recipient needs to read it in their language.</summary>
public sealed record MailItem(
    long Id,
    NotificationKind Kind,
    int? CaseId,
    string? CaseReference,
    int Level,
    DateTime? DeadlineUtc,
    DateTime CreatedAtUtc,
    string RecipientId,
    string RecipientName,
    string Email,
    string Culture,
    int? OrganisationId,
    IReadOnlySet<string> Roles);

/// <summary>The messages one run holds under <paramref name="ClaimId"/>, oldest first.</summary>
public sealed record ClaimedMail(Guid ClaimId, IReadOnlyList<MailItem> Items);

/// <summary>
/// Takes a batch of pending e-mails for one mail run. The claim is a conditional update (still pending, not held by a live
/// claim), so two runners at once never both take a message; a run that dies leaves claims that lapse after the lease.
/// Messages whose recipient chose in-app only, or has no e-mail address, are settled here as not wanted.
/// </summary>
public sealed class ClaimPendingMail(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ClaimedMail> RunAsync(ClaimPendingMailInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimId = Guid.NewGuid();
        var until = now + input.Lease;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimable = db.Notifications.Where(n => n.EmailState == NotificationEmailState.Pending
            && (n.EmailClaimedUntilUtc == null || n.EmailClaimedUntilUtc < now)
            && n.EmailAttempts < input.MaxAttempts);
        var candidates = await claimable.OrderBy(n => n.Id).Select(n => n.Id).Take(input.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return new ClaimedMail(claimId, []);
        }

        // The condition is checked again in the update itself: what another runner took in between is not taken twice.
        await claimable.Where(n => candidates.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaimId, claimId).SetProperty(n => n.EmailClaimedUntilUtc, until), cancellationToken);

        var claimed = await db.Notifications.Where(n => n.EmailClaimId == claimId).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var recipientIds = claimed.Select(n => n.RecipientId).Distinct().ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => recipientIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.PreferredCulture, u.OrganisationId })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => recipientIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where recipientIds.Contains(userRole.UserId)
                            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Name!).ToHashSet());

        var items = new List<MailItem>();
        foreach (var notification in claimed)
        {
            var recipient = recipients[notification.RecipientId];
            var delivery = preferences.TryGetValue(notification.RecipientId, out var preference) ? preference.For(notification.Kind) : NotificationDelivery.EmailAndInApp;
            if (string.IsNullOrWhiteSpace(recipient.Email) || !NotificationPreference.WantsEmail(delivery))
            {
                notification.SkipEmail();
                continue;
            }

            items.Add(new MailItem(
                notification.Id,
                notification.Kind,
                notification.CaseId,
                notification.CaseReference,
                notification.Level,
                notification.DeadlineUtc,
                notification.CreatedAtUtc,
                recipient.Id,
                recipient.DisplayName,
                recipient.Email,
                recipient.PreferredCulture,
                recipient.OrganisationId,
                roles.GetValueOrDefault(recipient.Id) ?? new HashSet<string>()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ClaimedMail(claimId, items);
    }
}

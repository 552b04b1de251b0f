using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Notifications;

/// <summary>What became of one claimed message: <paramref name="Error"/> is null when the SMTP server accepted it.</summary>
public sealed record MailOutcome(long NotificationId, string? Error);

/// <summary>The claim a mail run holds and what became of each of its messages.</summary>
public sealed record RecordMailOutcomeInput(Guid ClaimId, IReadOnlyList<MailOutcome> Outcomes);

/// <summary>
/// Settles claimed messages: sent (only after the server accepted them) or failed (attempts and error recorded, still
/// pending for the next run). Only rows still held by this run's claim change, so a run whose lease lapsed cannot
/// overwrite what another run recorded.
/// </summary>
public sealed class RecordMailOutcome(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task RunAsync(RecordMailOutcomeInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var (claimId, outcomes) = input;
        if (outcomes.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = outcomes.Select(o => o.NotificationId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var held = await db.Notifications.Where(n => ids.Contains(n.Id) && n.EmailClaimId == claimId).ToDictionaryAsync(n => n.Id, cancellationToken);
        foreach (var outcome in outcomes)
        {
            if (!held.TryGetValue(outcome.NotificationId, out var notification))
            {
                continue;
            }

            if (outcome.Error is null)
            {
                notification.MarkEmailed(now);
            }
            else
            {
                notification.RecordEmailFailure(outcome.Error);
            }
        }

        // Not cancellable: the server already accepted what is marked sent here.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

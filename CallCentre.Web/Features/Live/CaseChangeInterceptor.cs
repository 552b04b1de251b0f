using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// Feeds <see cref="ICaseChangeFeed"/> from every context the factory makes: the added and changed cases of a save (a case
/// counts as changed when it or its timeline is), told only once the save committed: a page told earlier would reload and
/// not yet see the change.
/// </summary>
public sealed class CaseChangeInterceptor(ICaseChangeFeed feed, TimeProvider clock) : AfterCommitInterceptor<CaseChangeInterceptor.Pending, CaseChanged>
{
    protected override List<Pending> Note(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var newEvents = tracker.Entries<CaseEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries<Case>().ToList())
        {
            var events = entry.Entity.Events.Where(newEvents.Contains).ToList();
            if (entry.State is not (EntityState.Added or EntityState.Modified) && events.Count == 0)
            {
                continue;
            }

            var previous = entry.State == EntityState.Modified
                ? entry.Property(c => c.AssignedOrganisationId).OriginalValue
                : null;
            pending.Add(new Pending(entry.Entity, previous, events.Count == 0 ? null : events[^1].ActorId));
        }

        return pending;
    }

    protected override IReadOnlyList<CaseChanged> ToChanges(IReadOnlyList<Pending> noted)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return noted.Select(p => new CaseChanged(
            p.Case.Id,
            p.Case.AssignedOrganisationId,
            p.PreviousOrganisationId == p.Case.AssignedOrganisationId ? null : p.PreviousOrganisationId,
            p.Case.Status,
            now,
            p.ChangedById)).ToList();
    }

    protected override void Publish(IReadOnlyList<CaseChanged> changes) => feed.Publish(changes);

    /// <summary>A case about to be saved, with whom it was assigned to before and who acted.</summary>
    public sealed record Pending(Case Case, int? PreviousOrganisationId, string? ChangedById);
}

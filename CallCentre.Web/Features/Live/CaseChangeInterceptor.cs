using System.Data.Common;
using System.Runtime.CompilerServices;
using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// Feeds <see cref="ICaseChangeFeed"/> from every context the factory makes: notes the added and changed cases before a
/// save (a case counts as changed when it or its timeline is), and publishes them only once the save succeeded and, when
/// the save ran inside the caller's own transaction, once that transaction committed: a page told earlier would reload
/// and not yet see the change.
/// </summary>
public sealed class CaseChangeInterceptor(ICaseChangeFeed feed, TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // One interceptor serves every context; what a context is about to save, or has saved in a transaction not yet
    // committed, is kept beside it.
    private readonly ConditionalWeakTable<DbContext, List<Pending>> _pending = [];
    private readonly ConditionalWeakTable<DbContext, List<CaseChanged>> _awaitingCommit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishNoted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PublishNoted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tracker = context.ChangeTracker;
        tracker.DetectChanges();
        var cases = tracker.Entries<Case>().ToList();
        var newEvents = tracker.Entries<CaseEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var pending = new List<Pending>();
        foreach (var entry in cases)
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

        _pending.AddOrUpdate(context, pending);
    }

    private void PublishNoted(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        if (pending.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changes = pending.Select(p => new CaseChanged(
            p.Case.Id,
            p.Case.AssignedOrganisationId,
            p.PreviousOrganisationId == p.Case.AssignedOrganisationId ? null : p.PreviousOrganisationId,
            p.Case.Status,
            now,
            p.ChangedById)).ToList();
        if (context.Database.CurrentTransaction is null)
        {
            feed.Publish(changes);
        }
        else
        {
            _awaitingCommit.GetOrCreateValue(context).AddRange(changes);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => PublishCommitted(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        PublishCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ForgetUncommitted(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUncommitted(eventData.Context);
        return Task.CompletedTask;
    }

    // A transaction disposed without a commit rolls back without telling us: whatever waited from before is stale.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        ForgetUncommitted(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        ForgetUncommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void PublishCommitted(DbContext? context)
    {
        if (context is not null && _awaitingCommit.TryGetValue(context, out var changes))
        {
            _awaitingCommit.Remove(context);
            feed.Publish(changes);
        }
    }

    private void ForgetUncommitted(DbContext? context)
    {
        if (context is not null)
        {
            _awaitingCommit.Remove(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private sealed record Pending(Case Case, int? PreviousOrganisationId, string? ChangedById);
}

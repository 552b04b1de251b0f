using System.Data.Common;
using System.Runtime.CompilerServices;
using CallCentre.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCentre.Web.Features.Notifications;

/// <summary>
/// Feeds <see cref="INotificationFeed"/> from every context the factory makes: notes the notifications added or marked
/// read before a save and publishes them once the save succeeded and, inside the caller's own transaction, once that
/// transaction committed, so that a bell told of a notification always finds it. (The escalation scan inserts its
/// notifications without a save and announces them through <see cref="CommittedNotificationsToFeed"/>.)
/// </summary>
public sealed class NotificationInterceptor(INotificationFeed feed) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<Notification>> _pending = [];
    private readonly ConditionalWeakTable<DbContext, List<NotificationChanged>> _awaitingCommit = [];

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

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(n => n.ReadAtUtc).IsModified))
            .Select(e => e.Entity)
            .ToList();
        if (changed.Count > 0)
        {
            _pending.AddOrUpdate(context, changed);
        }
    }

    private void PublishNoted(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);

        // After the save the ids are known; a notification is new when it was never read.
        var changes = pending.Select(n => new NotificationChanged(n.Id, n.RecipientId, n.ReadAtUtc is null)).ToList();
        if (context.Database.CurrentTransaction is null)
        {
            feed.Publish(changes);
        }
        else
        {
            _awaitingCommit.GetOrCreateValue(context).AddRange(changes);
        }
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
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// Tells others of what a context saved, once it is there for them to read: notes what matters before a save, turns it
/// into changes once the save succeeded (ids are known), and publishes them at once, or, when the save ran inside the
/// caller's own transaction, once that transaction committed. A failed or cancelled save, or a transaction rolled back,
/// publishes nothing. A publisher derives from this and says only what it notes, what a change is, and where it goes.
/// </summary>
/// <typeparam name="TNoted">What <see cref="Note"/> collects from the change tracker before the save.</typeparam>
/// <typeparam name="TChange">What <see cref="Publish"/> tells, made from the noted after the save.</typeparam>
public abstract class AfterCommitInterceptor<TNoted, TChange> : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // One interceptor serves every context; what a context is about to save, or has saved in a transaction not yet
    // committed, is kept beside it.
    private readonly ConditionalWeakTable<DbContext, List<TNoted>> _noted = [];
    private readonly ConditionalWeakTable<DbContext, List<TChange>> _awaitingCommit = [];

    /// <summary>What this save is about to write that others must hear of; empty when nothing.</summary>
    protected abstract List<TNoted> Note(DbContext context);

    /// <summary>The changes to tell, made once the save succeeded.</summary>
    protected abstract IReadOnlyList<TChange> ToChanges(IReadOnlyList<TNoted> noted);

    /// <summary>Tells the changes; called once per committed save, never for a save that failed or was rolled back.</summary>
    protected abstract void Publish(IReadOnlyList<TChange> changes);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteBeforeSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteBeforeSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishSaved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PublishSaved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetNoted(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetNoted(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => ForgetNoted(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetNoted(eventData.Context);
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

    private void NoteBeforeSave(DbContext? context)
    {
        if (context is not null)
        {
            context.ChangeTracker.DetectChanges();
            _noted.AddOrUpdate(context, Note(context));
        }
    }

    private void PublishSaved(DbContext? context)
    {
        if (context is null || !_noted.TryGetValue(context, out var noted))
        {
            return;
        }

        _noted.Remove(context);
        if (noted.Count == 0)
        {
            return;
        }

        var changes = ToChanges(noted);
        if (context.Database.CurrentTransaction is null)
        {
            Publish(changes);
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
            Publish(changes);
        }
    }

    private void ForgetUncommitted(DbContext? context)
    {
        if (context is not null)
        {
            _awaitingCommit.Remove(context);
        }
    }

    private void ForgetNoted(DbContext? context)
    {
        if (context is not null)
        {
            _noted.Remove(context);
        }
    }
}

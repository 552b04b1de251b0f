using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Appends the audit entries of a save to the chain in the same save, hence in the same transaction as the change:
/// the change and its audit are stored together or not at all. Every <see cref="CallCentreDbContext"/> carries it.
/// </summary>
internal sealed class AuditInterceptor : SaveChangesInterceptor
{
    public static AuditInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CallCentreDbContext db)
        {
            var records = Prepare(db);
            if (records.Count > 0)
            {
                var head = db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new AuditHead(e.Sequence, e.Hash)).FirstOrDefault();
                Chain(db, records, head);
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CallCentreDbContext db)
        {
            var records = Prepare(db);
            if (records.Count > 0)
            {
                var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new AuditHead(e.Sequence, e.Hash)).FirstOrDefaultAsync(cancellationToken);
                Chain(db, records, head);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        (eventData.Context as CallCentreDbContext)?.PendingAudit.Clear();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        (eventData.Context as CallCentreDbContext)?.PendingAudit.Clear();
        return ValueTask.FromResult(result);
    }

    private static List<AuditRecord> Prepare(CallCentreDbContext db)
    {
        // Entries chained by an attempt that lost the race for the head are dropped and chained again.
        foreach (var stale in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            stale.State = EntityState.Detached;
        }

        db.ChangeTracker.DetectChanges();
        var clock = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
            ?? TimeProvider.System;
        var now = clock.GetUtcNow().UtcDateTime;
        var records = AuditedChanges.Collect(db, AuditScope.Current, now);
        records.AddRange(db.PendingAudit.Select(r => r.AtUtc == default ? r with { AtUtc = now } : r));
        return records;
    }

    private static void Chain(CallCentreDbContext db, List<AuditRecord> records, AuditHead? head)
    {
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? AuditHash.Genesis;
        foreach (var record in records)
        {
            var entry = new AuditEntry(++sequence, record, previous);
            db.AuditEntries.Add(entry);
            previous = entry.Hash;
        }
    }

    private sealed record AuditHead(long Sequence, string Hash);
}

using System.Globalization;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Walks the whole audit chain in sequence order, a batch at a time without tracking (constant memory), recomputes
/// every hash and reports the first broken link, or that the chain is intact with its length and head hash.
/// </summary>
/// <remarks>
/// Each entry's hash depends only on its own stored fields (its previous hash is one of them), so a batch's hashes are
/// checked on another thread while the next batch is read; the links between entries are then checked in order.
/// </remarks>
public sealed class VerifyAuditChain(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int BatchSize = 5_000;

    /// <param name="progress">Told the number of entries checked after each batch.</param>
    public async Task<AuditVerification> RunAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var previousHash = AuditHash.Genesis;
        long last = 0;
        var batch = await ReadBatchAsync(db, 0, cancellationToken);
        while (batch.Count > 0)
        {
            var current = batch;
            var hashes = Task.Run(() => FirstAlteredIndex(current), cancellationToken);
            batch = current.Count < BatchSize ? [] : await ReadBatchAsync(db, current[^1].Sequence, cancellationToken);
            var altered = await hashes;
            for (var i = 0; i < current.Count; i++)
            {
                var entry = current[i];
                if (entry.Sequence != last + 1)
                {
                    return Broken(last, new AuditBreak(last + 1, AuditBreakKind.Gap, Number(last + 1), Number(entry.Sequence)));
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return Broken(last, new AuditBreak(entry.Sequence, AuditBreakKind.PreviousHashMismatch, previousHash, entry.PreviousHash));
                }

                if (i == altered)
                {
                    return Broken(last, new AuditBreak(entry.Sequence, AuditBreakKind.HashMismatch, AuditHash.Compute(entry), entry.Hash));
                }

                previousHash = entry.Hash;
                last = entry.Sequence;
            }

            progress?.Report(last);
        }

        return new AuditVerification(last, last == 0 ? null : previousHash, null);
    }

    private static Task<List<AuditEntry>> ReadBatchAsync(CallCentreDbContext db, long after, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > after)
            .OrderBy(e => e.Sequence)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

    /// <summary>The index of the first entry whose content does not match its hash, or -1.</summary>
    private static int FirstAlteredIndex(List<AuditEntry> batch)
    {
        var hasher = new AuditHash();
        for (var i = 0; i < batch.Count; i++)
        {
            if (!hasher.Matches(batch[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static AuditVerification Broken(long intactCount, AuditBreak @break) => new(intactCount, null, @break);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Walks the whole audit chain in sequence order, a batch at a time without tracking (constant memory), recomputes
/// every hash and reports the first broken link, or that the chain is intact with its length and head hash.
/// </summary>
public sealed class VerifyAuditChain(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int BatchSize = 20_000;

    /// <param name="progress">Told the number of entries checked after each batch.</param>
    public async Task<AuditVerification> RunAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hasher = new AuditHash();
        var previousHash = AuditHash.Genesis;
        long last = 0;
        while (true)
        {
            var from = last;
            var batch = db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > from)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .AsAsyncEnumerable();
            var read = 0;
            await foreach (var entry in batch.WithCancellation(cancellationToken))
            {
                read++;
                if (entry.Sequence != last + 1)
                {
                    return Broken(last, new AuditBreak(last + 1, AuditBreakKind.Gap, Number(last + 1), Number(entry.Sequence)));
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return Broken(last, new AuditBreak(entry.Sequence, AuditBreakKind.PreviousHashMismatch, previousHash, entry.PreviousHash));
                }

                var hash = hasher.Compute(
                    entry.PreviousHash, entry.Sequence, entry.AtUtc, entry.ActorId, entry.ActorName, entry.Action, entry.SubjectType,
                    entry.SubjectId, entry.Before, entry.After, entry.Outcome, entry.ClientAddress);
                if (!string.Equals(hash, entry.Hash, StringComparison.Ordinal))
                {
                    return Broken(last, new AuditBreak(entry.Sequence, AuditBreakKind.HashMismatch, hash, entry.Hash));
                }

                previousHash = entry.Hash;
                last = entry.Sequence;
            }

            progress?.Report(last);
            if (read < BatchSize)
            {
                return new AuditVerification(last, last == 0 ? null : previousHash, null);
            }
        }
    }

    private static AuditVerification Broken(long intactCount, AuditBreak @break) => new(intactCount, null, @break);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Data.Common;
using System.Globalization;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Walks the whole audit chain in sequence order, streaming it in batches (constant memory, nothing tracked),
/// recomputes every hash and reports the first broken link, or that the chain is intact with its length and head hash.
/// </summary>
/// <remarks>
/// Millions of entries must verify in seconds, so the rows are read with one plain data reader (the same SQL on both
/// providers) rather than materialised as entities, which doubled the cost per row. Each entry's hash depends only on
/// its own stored fields (its previous hash is one of them), so a batch's hashes are checked on another thread while
/// the next batch is read; the links between entries are then checked in order.
/// </remarks>
public sealed class VerifyAuditChain(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int BatchSize = 5_000;

    private const string Query =
        "SELECT Sequence, AtUtc, ActorId, ActorName, Action, SubjectType, SubjectId, Before, After, Outcome, ClientAddress, PreviousHash, Hash " +
        "FROM AuditEntries ORDER BY Sequence";

    /// <param name="progress">Told the number of entries checked after each batch.</param>
    public async Task<AuditVerification> RunAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Query;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);

        var previousHash = AuditHash.Genesis;
        long last = 0;
        var batch = await ReadBatchAsync(reader, cancellationToken);
        while (batch.Count > 0)
        {
            var current = batch;
            var hashes = Task.Run(() => FirstAlteredIndex(current), cancellationToken);
            batch = current.Count < BatchSize ? [] : await ReadBatchAsync(reader, cancellationToken);
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
                    return Broken(last, new AuditBreak(entry.Sequence, AuditBreakKind.HashMismatch, entry.Recompute(new AuditHash()), entry.Hash));
                }

                previousHash = entry.Hash;
                last = entry.Sequence;
            }

            progress?.Report(last);
        }

        return new AuditVerification(last, last == 0 ? null : previousHash, null);
    }

    private static async Task<List<StoredEntry>> ReadBatchAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var batch = new List<StoredEntry>(BatchSize);
        while (batch.Count < BatchSize && await reader.ReadAsync(cancellationToken))
        {
            // In column order: sequential access reads each column once, forwards.
            batch.Add(new StoredEntry(
                reader.GetInt64(0),
                DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
                Text(reader, 2),
                Text(reader, 3),
                reader.GetString(4),
                reader.GetString(5),
                Text(reader, 6),
                Text(reader, 7),
                Text(reader, 8),
                reader.GetString(9),
                Text(reader, 10),
                reader.GetString(11),
                reader.GetString(12)));
        }

        return batch;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>The index of the first entry whose content does not match its hash, or -1.</summary>
    private static int FirstAlteredIndex(List<StoredEntry> batch)
    {
        var hasher = new AuditHash();
        for (var i = 0; i < batch.Count; i++)
        {
            if (!batch[i].Matches(hasher))
            {
                return i;
            }
        }

        return -1;
    }

    private static AuditVerification Broken(long intactCount, AuditBreak @break) => new(intactCount, null, @break);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One row as stored; the outcome stays text, hashed as stored, so that any edit of it is caught.</summary>
    private sealed record StoredEntry(
        long Sequence, DateTime AtUtc, string? ActorId, string? ActorName, string Action, string SubjectType, string? SubjectId,
        string? Before, string? After, string Outcome, string? ClientAddress, string PreviousHash, string Hash)
    {
        public bool Matches(AuditHash hasher) =>
            hasher.Matches(Hash, PreviousHash, Sequence, AtUtc, ActorId, ActorName, Action, SubjectType, SubjectId, Before, After, Outcome, ClientAddress);

        public string Recompute(AuditHash hasher) =>
            hasher.Recompute(PreviousHash, Sequence, AtUtc, ActorId, ActorName, Action, SubjectType, SubjectId, Before, After, Outcome, ClientAddress);
    }
}

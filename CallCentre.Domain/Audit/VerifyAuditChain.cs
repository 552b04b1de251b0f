using System.Security.Cryptography;
using System.Threading.Channels;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>How to verify: <see cref="Progress"/> is told the number of entries checked so far after each batch.</summary>
public sealed record VerifyAuditChainInput(IProgress<long>? Progress = null);

/// <summary>
/// Walks the whole audit chain in sequence order, streaming it in batches (constant memory, nothing tracked),
/// recomputes every hash and reports the first broken link, or that the chain is intact with its length and head hash.
/// </summary>
/// <remarks>
/// Millions of entries must verify in seconds. A walk reads batches of entries as the bytes their hashes cover
/// (<see cref="AuditChainReader"/>: on SQLite the stored UTF-8 as it is, with no string per column) on one thread
/// while another checks the previous batch in order — sequence, link, hash. A long chain is walked in two halves at
/// once, each on its own connection; the second half's first link and any gap at the middle are checked against the
/// first half's end afterwards, and a break in the first half wins, so the verdict is the one a single walk from the
/// start would give. At most <see cref="BatchesInFlight"/> batches exist per walk, so memory does not grow with the chain.
/// </remarks>
public sealed class VerifyAuditChain(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int BatchSize = 5_000;

    private const int BatchesInFlight = 3;

    /// <summary>Read with the provider's data reader even on SQLite, as on SQL Server (tests of the portable path).</summary>
    internal bool Portable { get; init; }

    /// <summary>Chains with at least this many entries are walked in two halves at once.</summary>
    internal long HalvesFrom { get; init; } = 20 * BatchSize;

    public async Task<AuditVerification> RunAsync(VerifyAuditChainInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var progress = input.Progress;
        long last;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            last = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        }

        var total = new CheckedTotal(progress);
        if (last < HalvesFrom)
        {
            var whole = AuditChainPosition.Start();
            return Verdict(whole, await WalkAsync(AuditChainRange.All, whole, total, cancellationToken));
        }

        var middle = last / 2;
        using var stopSecond = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var second = AuditChainPosition.After(middle);
        var secondWalk = Task.Run(() => WalkAsync(new AuditChainRange(null, middle), second, total, stopSecond.Token), CancellationToken.None);
        var first = AuditChainPosition.Start();
        AuditBreak? firstBreak;
        try
        {
            firstBreak = await WalkAsync(new AuditChainRange(middle, null), first, total, cancellationToken);
        }
        catch
        {
            await stopSecond.CancelAsync();
            await Task.WhenAny(secondWalk);
            throw;
        }

        if (firstBreak is not null)
        {
            await stopSecond.CancelAsync();
            await Task.WhenAny(secondWalk);
            return Verdict(first, firstBreak);
        }

        var secondBreak = await secondWalk;
        if (second.FirstSequence is not { } next)
        {
            return Verdict(first, null);
        }

        if (first.Last != middle)
        {
            return Verdict(first, AuditChainBatch.Gap(first.Last + 1, next));
        }

        if (second.FirstPreviousHash is { } link && !first.Head.SequenceEqual(link))
        {
            return Verdict(first, new AuditBreak(next, AuditBreakKind.PreviousHashMismatch, first.HeadText, System.Text.Encoding.UTF8.GetString(link)));
        }

        return Verdict(second, secondBreak);
    }

    private static AuditVerification Verdict(AuditChainPosition chain, AuditBreak? @break) =>
        @break is null ? new AuditVerification(chain.Last, chain.HeadHash, null) : new AuditVerification(chain.Last, null, @break);

    /// <summary>Reads and checks one range from <paramref name="chain"/> on; the first broken link in it, or null with the chain moved to its end.</summary>
    private async Task<AuditBreak?> WalkAsync(AuditChainRange range, AuditChainPosition chain, CheckedTotal total, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var reader = await AuditChainReader.OpenAsync(db.Database.GetDbConnection(), range, Portable, cancellationToken);

        var empty = Channel.CreateBounded<AuditChainBatch>(BatchesInFlight);
        var filled = Channel.CreateBounded<AuditChainBatch>(BatchesInFlight);
        for (var i = 0; i < BatchesInFlight; i++)
        {
            empty.Writer.TryWrite(new AuditChainBatch());
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(reader, empty.Reader, filled.Writer, stop.Token), CancellationToken.None);
        try
        {
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await foreach (var batch in filled.Reader.ReadAllAsync(cancellationToken))
            {
                var before = chain.Checked;
                if (batch.Check(chain, sha256) is { } @break)
                {
                    return @break;
                }

                total.Add(chain.Checked - before);
                empty.Writer.TryWrite(batch);
            }

            return null;
        }
        finally
        {
            // A break ends the walk early: stop the reader before the connection it uses is closed.
            await stop.CancelAsync();
            await reading;
        }
    }

    /// <summary>Fills empty batches until the range ends; never throws: a failure completes the channel with it.</summary>
    private static async Task ReadAsync(
        AuditChainReader reader, ChannelReader<AuditChainBatch> empty, ChannelWriter<AuditChainBatch> filled, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var batch = await empty.ReadAsync(cancellationToken);
                await reader.FillAsync(batch, cancellationToken);
                if (batch.Count > 0)
                {
                    await filled.WriteAsync(batch, cancellationToken);
                }

                if (!batch.IsFull)
                {
                    break;
                }
            }

            filled.TryComplete();
        }
        catch (Exception exception)
        {
            filled.TryComplete(exception);
        }
    }

    /// <summary>Entries checked by both walks together, reported in order.</summary>
    private sealed class CheckedTotal(IProgress<long>? progress)
    {
        private readonly Lock _gate = new();
        private long _total;

        public void Add(long entries)
        {
            lock (_gate)
            {
                _total += entries;
                progress?.Report(_total);
            }
        }
    }
}

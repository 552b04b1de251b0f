using System.Security.Cryptography;
using System.Threading.Channels;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Walks the whole audit chain in sequence order, streaming it in batches (constant memory, nothing tracked),
/// recomputes every hash and reports the first broken link, or that the chain is intact with its length and head hash.
/// </summary>
/// <remarks>
/// Millions of entries must verify in seconds. One thread reads batches of entries as the bytes their hashes cover
/// (<see cref="AuditChainReader"/>: on SQLite the stored UTF-8 as it is, with no string per column) while another
/// checks the previous batch in order — sequence, link, hash — so the first broken link is the one a single thread
/// would find. At most <see cref="BatchesInFlight"/> batches exist, so memory does not grow with the chain.
/// </remarks>
public sealed class VerifyAuditChain(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int BatchSize = 5_000;

    private const int BatchesInFlight = 3;

    /// <summary>Read with the provider's data reader even on SQLite, as on SQL Server (tests of the portable path).</summary>
    internal bool Portable { get; init; }

    /// <param name="progress">Told the number of entries checked after each batch.</param>
    public async Task<AuditVerification> RunAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var reader = await AuditChainReader.OpenAsync(db.Database.GetDbConnection(), Portable, cancellationToken);

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
            var chain = new AuditChainPosition();
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await foreach (var batch in filled.Reader.ReadAllAsync(cancellationToken))
            {
                if (batch.Check(chain, sha256) is { } @break)
                {
                    return new AuditVerification(chain.Last, null, @break);
                }

                progress?.Report(chain.Last);
                empty.Writer.TryWrite(batch);
            }

            return new AuditVerification(chain.Last, chain.HeadHash, null);
        }
        finally
        {
            // A break ends the walk early: stop the reader before the connection it uses is closed.
            await stop.CancelAsync();
            await reading;
        }
    }

    /// <summary>Fills empty batches until the chain ends; never throws: a failure completes the channel with it.</summary>
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
}

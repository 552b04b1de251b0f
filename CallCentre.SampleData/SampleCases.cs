using System.Threading.Channels;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.SampleData;

/// <summary>
/// Generates realistic cases into a database that holds the reference data: Development's demo cases (a few hundred,
/// through EF Core) and the bench's million (through <see cref="SqliteBulkCaseSink"/>). Run it while nobody registers
/// cases: the reference numbers it hands out follow the counters as they were when it started.
/// </summary>
public static class SampleCases
{
    public static async Task<SampleCasesResult> GenerateAsync(
        IDbContextFactory<CallCentreDbContext> dbFactory,
        SampleCasesOptions options,
        IReadOnlyList<Actor> registrars,
        ICaseSink sink,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var catalogue = await SampleCatalogue.LoadAsync(db, cancellationToken);
        var counters = await db.ReferenceCounters.AsNoTracking().ToDictionaryAsync(c => c.Year, c => c.LastSequence, cancellationToken);
        var generator = new SampleCaseGenerator(catalogue, registrars, options, counters);

        // Cases are made on one thread while the previous batch is written on another.
        var batches = System.Threading.Channels.Channel.CreateBounded<List<Case>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(() => ProduceAsync(generator, db, sink.BatchSize, batches.Writer, stop.Token), stop.Token);
        var written = 0;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await sink.WriteAsync(batch, cancellationToken);
                written += batch.Count;
            }
        }
        catch
        {
            // The writer failed: stop the generator, which may be waiting for room in the queue.
            await stop.CancelAsync();
            await Task.WhenAny(producing);
            throw;
        }

        await producing;
        await sink.CompleteAsync(generator.LastSequences, cancellationToken);
        return new SampleCasesResult(written, generator.LastSequences);
    }

    private static async Task ProduceAsync(SampleCaseGenerator generator, CallCentreDbContext db, int batchSize, ChannelWriter<List<Case>> batches, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<Case>(batchSize);
            await foreach (var @case in generator.GenerateAsync(db, cancellationToken))
            {
                batch.Add(@case);
                if (batch.Count == batchSize)
                {
                    await batches.WriteAsync(batch, cancellationToken);
                    batch = new List<Case>(batchSize);
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch, cancellationToken);
            }

            batches.Complete();
        }
        catch (Exception ex)
        {
            batches.Complete(ex);
            throw;
        }
    }
}

/// <summary>How many cases were written, and the last reference sequence of each year afterwards.</summary>
public sealed record SampleCasesResult(int Written, IReadOnlyDictionary<int, int> LastSequences);

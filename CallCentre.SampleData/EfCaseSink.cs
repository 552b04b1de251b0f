using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.SampleData;

/// <summary>Writes generated cases with EF Core's SaveChanges, as the app saves a registered case: on any provider, for small counts.</summary>
public sealed class EfCaseSink(IDbContextFactory<CallCentreDbContext> dbFactory) : ICaseSink
{
    public int BatchSize => 100;

    public async Task WriteAsync(IReadOnlyList<Case> cases, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Cases.AddRange(cases);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CompleteAsync(IReadOnlyDictionary<int, int> lastSequences, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.ReferenceCounters.Select(c => c.Year).ToListAsync(cancellationToken);
        db.ReferenceCounters.AddRange(lastSequences.Keys.Except(existing).Select(year => new ReferenceCounter(year)));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (year, last) in lastSequences)
        {
            await db.ReferenceCounters.Where(c => c.Year == year && c.LastSequence < last)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, last), cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>The most recent recorded verification of the chain, as the audit page shows it.</summary>
public sealed record AuditCheckpointView(DateTime CheckedAtUtc, long EntryCount, string? HeadHash, bool IsIntact, long? BrokenAtSequence);

/// <summary>Finds the most recent checkpoint the nightly job recorded, if any.</summary>
public sealed class GetLastAuditCheckpoint(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<AuditCheckpointView?> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditCheckpoints.AsNoTracking()
            .OrderByDescending(c => c.Id)
            .Select(c => new AuditCheckpointView(c.CheckedAtUtc, c.EntryCount, c.HeadHash, c.IsIntact, c.BrokenAtSequence))
            .FirstOrDefaultAsync(cancellationToken);
    }
}

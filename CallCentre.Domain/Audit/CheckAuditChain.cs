using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>The nightly check: verifies the chain and records the verdict and head hash as an <see cref="AuditCheckpoint"/>.</summary>
public sealed class CheckAuditChain(VerifyAuditChain verify, IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    /// <param name="actor">The nightly job runs as <see cref="Actor.System"/>.</param>
    public async Task<AuditCheckpoint> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var result = await verify.RunAsync(new VerifyAuditChainInput(), actor, cancellationToken);
        var checkpoint = new AuditCheckpoint(clock.GetUtcNow().UtcDateTime, result);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditCheckpoints.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        return checkpoint;
    }
}

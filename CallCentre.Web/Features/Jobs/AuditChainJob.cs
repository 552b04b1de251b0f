using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;

namespace CallCentre.Web.Features.Jobs;

/// <summary>The nightly verification of the audit chain; a broken chain is logged as an error besides its checkpoint.</summary>
public sealed class AuditChainJob(CheckAuditChain check, ILogger<AuditChainJob> logger)
{
    public const string Id = "audit-chain-verification";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await check.RunAsync(Actor.System, cancellationToken);
        if (checkpoint.IsIntact)
        {
            logger.LogInformation("Audit chain intact: {Count} entries, head {HeadHash}", checkpoint.EntryCount, checkpoint.HeadHash);
        }
        else
        {
            logger.LogError("Audit chain broken at entry {Sequence}", checkpoint.BrokenAtSequence);
        }
    }
}

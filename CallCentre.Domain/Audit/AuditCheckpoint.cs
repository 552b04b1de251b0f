namespace CallCentre.Domain.Audit;

/// <summary>The result of one verification of the whole chain, kept so that a later alteration can be dated.</summary>
public sealed class AuditCheckpoint
{
    private AuditCheckpoint()
    {
    }

    public AuditCheckpoint(DateTime checkedAtUtc, AuditVerification result)
    {
        CheckedAtUtc = checkedAtUtc;
        EntryCount = result.Count;
        HeadHash = result.HeadHash;
        IsIntact = result.IsIntact;
        BrokenAtSequence = result.Break?.Sequence;
    }

    public int Id { get; private set; }

    public DateTime CheckedAtUtc { get; private set; }

    /// <summary>Entries walked (up to the break when broken).</summary>
    public long EntryCount { get; private set; }

    /// <summary>The last entry's hash when intact; null for an empty chain or a broken one.</summary>
    public string? HeadHash { get; private set; }

    public bool IsIntact { get; private set; }

    public long? BrokenAtSequence { get; private set; }
}

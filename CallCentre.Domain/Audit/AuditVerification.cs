namespace CallCentre.Domain.Audit;

/// <summary>The verdict on the chain: intact with its length and head hash, or the first broken link.</summary>
public sealed record AuditVerification(long Count, string? HeadHash, AuditBreak? Break)
{
    public bool IsIntact => Break is null;
}

/// <summary>Where and how the chain breaks: the entry's sequence, what was expected there and what was found.</summary>
public sealed record AuditBreak(long Sequence, AuditBreakKind Kind, string Expected, string Found);

/// <summary>The ways a link can be broken.</summary>
public enum AuditBreakKind
{
    /// <summary>An entry is missing (or the chain does not start at 1): expected and found are sequence numbers.</summary>
    Gap,

    /// <summary>The entry does not point at the previous entry's hash (an entry before it was removed or replaced).</summary>
    PreviousHashMismatch,

    /// <summary>The entry's content no longer matches its hash: it was altered.</summary>
    HashMismatch,
}

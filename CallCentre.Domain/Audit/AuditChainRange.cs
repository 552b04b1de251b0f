namespace CallCentre.Domain.Audit;

/// <summary>Which entries a walk reads: all (both null), those with a sequence up to <see cref="UpTo"/>, or those after <see cref="After"/>.</summary>
internal readonly record struct AuditChainRange(long? UpTo, long? After)
{
    public static AuditChainRange All => default;
}

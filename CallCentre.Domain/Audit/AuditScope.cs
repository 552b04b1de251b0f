namespace CallCentre.Domain.Audit;

/// <summary>
/// Who is acting and from where, for the audit entries written while it is current: the web sets it per request
/// and per circuit activity, so that entries written deep inside a use case still name the user and address.
/// </summary>
public sealed record AuditScope(string? ActorId, string? ActorName, string? ClientAddress)
{
    private static readonly AsyncLocal<AuditScope?> _current = new();

    /// <summary>The scope of the current request or circuit activity; null for background work.</summary>
    public static AuditScope? Current => _current.Value;

    /// <summary>Makes <paramref name="scope"/> current for this flow of execution and what it awaits.</summary>
    public static void Enter(AuditScope? scope) => _current.Value = scope;
}

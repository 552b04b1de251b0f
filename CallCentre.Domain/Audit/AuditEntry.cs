namespace CallCentre.Domain.Audit;

/// <summary>
/// One link of the append-only audit chain. Nothing updates or deletes an entry: the properties have no public
/// setters and no use case changes one; <see cref="Hash"/> covers the previous entry's hash and this entry's content
/// (<see cref="AuditHash"/> documents the exact form), so an edit or a removal breaks the chain at that sequence.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorIdMaxLength = 450;
    public const int ActorNameMaxLength = 120;
    public const int ActionMaxLength = 64;
    public const int SubjectTypeMaxLength = 64;
    public const int SubjectIdMaxLength = 450;
    public const int ClientAddressMaxLength = 64;

    private AuditEntry()
    {
    }

    internal AuditEntry(long sequence, AuditRecord record, string previousHash)
    {
        Sequence = sequence;
        AtUtc = AuditHash.Normalise(record.AtUtc);
        ActorId = Clip(record.ActorId, ActorIdMaxLength);
        ActorName = Clip(record.ActorName, ActorNameMaxLength);
        Action = Clip(record.Action, ActionMaxLength)!;
        SubjectType = Clip(record.SubjectType, SubjectTypeMaxLength)!;
        SubjectId = Clip(record.SubjectId, SubjectIdMaxLength);
        Before = record.Before;
        After = record.After;
        Outcome = record.Outcome;
        ClientAddress = Clip(record.ClientAddress, ClientAddressMaxLength);
        PreviousHash = previousHash;
        Hash = AuditHash.Compute(this);
    }

    /// <summary>1, 2, 3… without gaps; the primary key, so it is unique.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC, whole milliseconds.</summary>
    public DateTime AtUtc { get; private set; }

    /// <summary>The acting user's id; null for an anonymous visitor or the system.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The actor's display name (or the user name typed at a failed sign-in) as it was then.</summary>
    public string? ActorName { get; private set; }

    /// <summary>What happened, e.g. <c>Case.Assigned</c>, <c>User.Changed</c>, <c>SignIn.Failed</c>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>The kind of thing acted on: <c>Case</c>, <c>User</c>, <c>RoutingRule</c>, <c>Attachment</c>, <c>Page</c>….</summary>
    public string SubjectType { get; private set; } = "";

    /// <summary>Which one: a case's reference number, a user's id, a rule's id, a path.</summary>
    public string? SubjectId { get; private set; }

    /// <summary>Canonical JSON of the values before the change (keys sorted, no white space), or null.</summary>
    public string? Before { get; private set; }

    /// <summary>Canonical JSON of the values after the change, or null.</summary>
    public string? After { get; private set; }

    public AuditOutcome Outcome { get; private set; }

    public string? ClientAddress { get; private set; }

    /// <summary>The previous entry's <see cref="Hash"/>; 64 zeros for the first entry.</summary>
    public string PreviousHash { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the canonical form <see cref="AuditHash"/> documents.</summary>
    public string Hash { get; private set; } = "";

    private static string? Clip(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}

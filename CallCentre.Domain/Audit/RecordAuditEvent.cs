using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>An event that changes no data but belongs in the audit: a sign-in, a refusal, a view of personal data.</summary>
public sealed record AuditEventInput(string Action, string SubjectType, string? SubjectId, AuditOutcome Outcome)
{
    /// <summary>The actor when not the current <see cref="AuditScope"/>'s (e.g. the account a sign-in was for).</summary>
    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    /// <summary>What else an auditor needs to read the event, stored as the entry's After.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; init; }
}

/// <summary>Appends one event to the audit chain in a save of its own.</summary>
public sealed class RecordAuditEvent(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task RunAsync(AuditEventInput input, CancellationToken cancellationToken = default)
    {
        var scope = AuditScope.Current;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Audit(new AuditRecord(
            clock.GetUtcNow().UtcDateTime,
            input.ActorId ?? scope?.ActorId,
            input.ActorName ?? scope?.ActorName,
            input.Action,
            input.SubjectType,
            input.SubjectId,
            null,
            input.Details is null ? null : AuditJson.Write(input.Details),
            input.Outcome,
            scope?.ClientAddress));
        await db.SaveChangesAsync(cancellationToken);
    }
}

using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>An event that changes no data but belongs in the audit: a sign-in, a refusal, a view of personal data.</summary>
public sealed record RecordAuditEventInput(string Action, string SubjectType, string? SubjectId, AuditOutcome Outcome)
{
    /// <summary>The actor when not the current <see cref="AuditScope"/>'s (e.g. the account a sign-in was for).</summary>
    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    /// <summary>What else an auditor needs to read the event, stored as the entry's After.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; init; }
}

/// <summary>Appends one event to the audit chain in a save of its own (stamped by the clock the context's app registers).</summary>
public sealed class RecordAuditEvent(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task RunAsync(RecordAuditEventInput input, CancellationToken cancellationToken = default)
    {
        var record = AuditRecord.Event(input.Action, input.SubjectType, input.SubjectId, input.Outcome, input.Details);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Audit(record with { ActorId = input.ActorId ?? record.ActorId, ActorName = input.ActorName ?? record.ActorName });
        await db.SaveChangesAsync(cancellationToken);
    }
}

using CallCentre.Domain.Access;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Privacy;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>A page of the audit log: newest first, filtered by period, actor, action and subject.</summary>
public sealed record ListAuditEntriesInput
{
    public DateTime? FromUtc { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTime? ToUtc { get; init; }

    /// <summary>An actor's id, or part of their name.</summary>
    public string? Actor { get; init; }

    /// <summary>An action, or its start (<c>Case.</c> finds every case action).</summary>
    public string? Action { get; init; }

    /// <summary>A subject's id exactly: a case reference, a user id.</summary>
    public string? Subject { get; init; }

    public int PageIndex { get; init; }

    public int PageSize { get; init; } = 25;
}

/// <summary>One line of the audit log as the page shows it.</summary>
public sealed record AuditEntryRow(
    long Sequence, DateTime AtUtc, string? ActorId, string? ActorName, string Action, string SubjectType, string? SubjectId,
    string? Before, string? After, AuditOutcome Outcome, string? ClientAddress, string Hash);

/// <summary>Browses the audit log for auditors and administrators, personal values masked by the viewer's rule.</summary>
public sealed class ListAuditEntries(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int MaxPageSize = 200;

    public async Task<Page<AuditEntryRow>> RunAsync(ListAuditEntriesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInAny(RoleSets.AuditReaders))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (input.FromUtc is { } from)
        {
            entries = entries.Where(e => e.AtUtc >= from);
        }

        if (input.ToUtc is { } to)
        {
            entries = entries.Where(e => e.AtUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(input.Actor))
        {
            var actorText = input.Actor.Trim();
            entries = entries.Where(e => e.ActorId == actorText || (e.ActorName != null && e.ActorName.Contains(actorText)));
        }

        if (!string.IsNullOrWhiteSpace(input.Action))
        {
            var action = input.Action.Trim();
            entries = entries.Where(e => e.Action.StartsWith(action));
        }

        if (!string.IsNullOrWhiteSpace(input.Subject))
        {
            var subject = input.Subject.Trim();
            entries = entries.Where(e => e.SubjectId == subject);
        }

        var total = await entries.CountAsync(cancellationToken);
        var size = Math.Clamp(input.PageSize, 1, MaxPageSize);
        var rows = await entries.OrderByDescending(e => e.Sequence)
            .Skip(Math.Max(0, input.PageIndex) * size)
            .Take(size)
            .Select(e => new AuditEntryRow(e.Sequence, e.AtUtc, e.ActorId, e.ActorName, e.Action, e.SubjectType, e.SubjectId, e.Before, e.After, e.Outcome, e.ClientAddress, e.Hash))
            .ToListAsync(cancellationToken);
        var mask = CaseVisibility.ForOrganisations(actor, []).CallerMaskFor(isConfidential: false);
        return new Page<AuditEntryRow>(
            [.. rows.Select(r => r with { Before = PersonalData.MaskAuditValues(r.SubjectType, r.Before, mask), After = PersonalData.MaskAuditValues(r.SubjectType, r.After, mask) })],
            total);
    }
}

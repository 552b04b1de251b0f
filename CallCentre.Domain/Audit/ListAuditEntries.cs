using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Audit;

/// <summary>A page of the audit log: newest first, filtered by period, actor, action and subject.</summary>
public sealed record AuditEntryQuery
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

/// <summary>The rows of one page and how many match in all.</summary>
public sealed record AuditEntryPage(IReadOnlyList<AuditEntryRow> Rows, int TotalCount);

/// <summary>Browses the audit log for auditors and administrators, personal values masked by the viewer's rule.</summary>
public sealed class ListAuditEntries(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int MaxPageSize = 200;

    public static readonly IReadOnlyList<string> AllowedRoles = [Roles.Auditor, Roles.Administrator];

    public async Task<AuditEntryPage> RunAsync(AuditEntryQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInAny(AllowedRoles))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.AtUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.AtUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actorText = query.Actor.Trim();
            entries = entries.Where(e => e.ActorId == actorText || (e.ActorName != null && e.ActorName.Contains(actorText)));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            entries = entries.Where(e => e.Action.StartsWith(action));
        }

        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            var subject = query.Subject.Trim();
            entries = entries.Where(e => e.SubjectId == subject);
        }

        var total = await entries.CountAsync(cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await entries.OrderByDescending(e => e.Sequence)
            .Skip(Math.Max(0, query.PageIndex) * size)
            .Take(size)
            .Select(e => new AuditEntryRow(e.Sequence, e.AtUtc, e.ActorId, e.ActorName, e.Action, e.SubjectType, e.SubjectId, e.Before, e.After, e.Outcome, e.ClientAddress, e.Hash))
            .ToListAsync(cancellationToken);
        var mask = CaseVisibility.ForOrganisations(actor, []).CallerMaskFor(isConfidential: false);
        return new AuditEntryPage(
            [.. rows.Select(r => r with { Before = PersonalData.MaskAuditValues(r.SubjectType, r.Before, mask), After = PersonalData.MaskAuditValues(r.SubjectType, r.After, mask) })],
            total);
    }
}

using CallCentre.Domain.Access;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>One request as the reports page lists it.</summary>
public sealed record ReportRequestRow(
    int Id, ReportKind Kind, DateOnly From, DateOnly To, int? OrganisationId, string RequestedByName, bool IsSystem, DateTime RequestedAtUtc,
    ReportStatus Status, long RowsWritten, long RowsTotal, long FileSize, DateTime? CompletedAtUtc, DateTime? ExpiresAtUtc, string? ErrorMessage);

/// <summary>The requests a user may see: their own, and for supervisors the monthly reports the system made; newest first.</summary>
public sealed class ListReportRequests(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<ReportRequestRow>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInAny(RoleSets.ReportReaders))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var system = ReportAccess.SeesSystemReports(actor);
        return await db.ReportRequests.AsNoTracking()
            .Where(r => r.RequestedById == actor.UserId || (system && r.RequestedById == null))
            .OrderByDescending(r => r.Id).Take(Limit)
            .Select(r => new ReportRequestRow(r.Id, r.Kind, r.PeriodFrom, r.PeriodTo, r.OrganisationId, r.RequestedByName, r.RequestedById == null, r.RequestedAtUtc,
                r.Status, r.RowsWritten, r.RowsTotal, r.FileSize, r.CompletedAtUtc, r.ExpiresAtUtc, r.ErrorMessage))
            .ToListAsync(cancellationToken);
    }
}

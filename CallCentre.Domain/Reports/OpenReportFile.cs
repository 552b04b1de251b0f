using System.Globalization;
using CallCentre.Domain.Access;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>A finished report's file, ready to send.</summary>
public sealed record ReportFile(string FullPath, string DownloadName);

/// <summary>The request whose file to open.</summary>
public sealed record OpenReportFileInput(int RequestId);

/// <summary>
/// Opens a finished report for its requester (and the system's monthly report for supervisors); anyone else, or a
/// report not done or expired, gets null — exactly like a missing one. Every download is an audit entry.
/// </summary>
public sealed class OpenReportFile(IDbContextFactory<CallCentreDbContext> dbFactory, ReportSettings settings)
{
    public async Task<ReportFile?> RunAsync(OpenReportFileInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var requestId = input.RequestId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.ReportRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is not { Status: ReportStatus.Done, FileName: { } fileName } || !actor.IsInAny(RoleSets.ReportReaders)
            || !(request.RequestedById == actor.UserId || (request.RequestedById is null && ReportAccess.SeesSystemReports(actor))))
        {
            return null;
        }

        var path = Path.Combine(settings.Folder, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        db.Audit(AuditRecord.Event("Report.Downloaded", "Report", requestId.ToString(CultureInfo.InvariantCulture), AuditOutcome.Succeeded,
            [new("Kind", request.Kind.ToString()), new("File", fileName)]).By(actor));
        await db.SaveChangesAsync(cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"{request.Kind}-{request.PeriodFrom:yyyy-MM-dd}-{request.PeriodTo:yyyy-MM-dd}.xlsx");
        return new ReportFile(path, name);
    }
}

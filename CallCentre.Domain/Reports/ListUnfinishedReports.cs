using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>The requests a restart must queue again: still queued, or running when the process stopped.</summary>
public sealed class ListUnfinishedReports(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<IReadOnlyList<int>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportRequests.AsNoTracking().Where(r => r.Status == ReportStatus.Queued || r.Status == ReportStatus.Running)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
    }
}

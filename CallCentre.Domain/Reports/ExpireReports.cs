using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>The recurring clean-up: deletes report files past their retention and marks their requests expired.</summary>
public sealed class ExpireReports(IDbContextFactory<CallCentreDbContext> dbFactory, ReportSettings settings, TimeProvider clock)
{
    public async Task<int> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.ReportRequests.Where(r => r.Status == ReportStatus.Done && r.ExpiresAtUtc <= now).ToListAsync(cancellationToken);
        foreach (var request in due)
        {
            if (request.FileName is { } fileName)
            {
                File.Delete(Path.Combine(settings.Folder, fileName));
            }

            request.Expire();
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}

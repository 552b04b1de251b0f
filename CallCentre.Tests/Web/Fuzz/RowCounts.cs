using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Web.Fuzz;

/// <summary>The rows a hostile call could leave half-written, counted in one query.</summary>
public sealed class RowCounts(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<RowDelta> ReadAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<RowDelta>(
            "SELECT (SELECT COUNT(*) FROM Cases) AS Cases, (SELECT COUNT(*) FROM CaseEvents) AS Events, " +
            "(SELECT COUNT(*) FROM Attachments) AS Attachments, (SELECT COUNT(*) FROM ReportRequests) AS Reports").SingleAsync();
    }
}

/// <summary>Row counts of the case tables, or the difference between two counts.</summary>
public readonly record struct RowDelta(int Cases, int Events, int Attachments, int Reports)
{
    public static RowDelta operator -(RowDelta after, RowDelta before) =>
        new(after.Cases - before.Cases, after.Events - before.Events, after.Attachments - before.Attachments, after.Reports - before.Reports);
}

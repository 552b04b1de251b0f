using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Web.Fuzz;

/// <summary>The rows a hostile call could leave half-written, counted in one query.</summary>
public sealed class RowCounts(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<RowDelta> ReadAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM Cases), (SELECT COUNT(*) FROM CaseEvents), (SELECT COUNT(*) FROM Attachments), (SELECT COUNT(*) FROM ReportRequests)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new RowDelta(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
    }
}

/// <summary>Row counts of the case tables, or the difference between two counts.</summary>
public readonly record struct RowDelta(int Cases, int Events, int Attachments, int Reports)
{
    public static RowDelta operator -(RowDelta after, RowDelta before) =>
        new(after.Cases - before.Cases, after.Events - before.Events, after.Attachments - before.Attachments, after.Reports - before.Reports);
}

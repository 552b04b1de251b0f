using System.Runtime.CompilerServices;
using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>
/// The case register: one row per case registered in the period (the requester's visibility and organisation), with
/// its deadlines, what became of it and the caller as the requester may see them; a summary by status. Streamed.
/// </summary>
public static class CaseRegisterReport
{
    public static async Task<long> BuildAsync(ReportContext context, ReportWorkbook workbook, CancellationToken cancellationToken)
    {
        var l = context.Labels;
        var from = context.Request.FromUtc;
        var to = context.Request.ToUtc;
        long total;
        List<object?[]> byStatus;
        await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
        {
            var inPeriod = context.Cases(db).Where(c => c.RegisteredAtUtc >= from && c.RegisteredAtUtc < to);
            var counts = await inPeriod.GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            total = counts.Sum(c => (long)c.Count);
            byStatus = [.. counts.OrderBy(c => c.Status).Select(c => new object?[] { l.Get("Status." + c.Status), c.Count })];
        }

        SummarySheet.Add(workbook, l.Get("Sheet.ByStatus"), [new(l.Get("Column.Status"), ColumnKind.Text, 24), new(l.Get("Column.Cases"), ColumnKind.WholeNumber, 12)], byStatus, l.Get("Total"));
        workbook.AddDetail(DetailSheet.Of(l.Get("Sheet.Cases"), Columns(l), StreamAsync(context, c => c.RegisteredAtUtc >= from && c.RegisteredAtUtc < to, cancellationToken), new CaseRegisterCells(context).Write));
        return total;
    }

    public static IReadOnlyList<ReportColumn> Columns(IReportLabels l) =>
    [
        new(l.Get("Column.Reference"), ColumnKind.Text, 14),
        new(l.Get("Column.Registered"), ColumnKind.DateTime, 17),
        new(l.Get("Column.Type"), ColumnKind.Text, 14),
        new(l.Get("Column.Topic"), ColumnKind.Text, 28),
        new(l.Get("Column.Region"), ColumnKind.Text, 20),
        new(l.Get("Column.Channel"), ColumnKind.Text, 12),
        new(l.Get("Column.Priority"), ColumnKind.Text, 10),
        new(l.Get("Column.Status"), ColumnKind.Text, 16),
        new(l.Get("Column.Organisation"), ColumnKind.Text, 32),
        new(l.Get("Column.Officer"), ColumnKind.Text, 20),
        new(l.Get("Column.RespondBy"), ColumnKind.DateTime, 17),
        new(l.Get("Column.AcknowledgedAt"), ColumnKind.DateTime, 17),
        new(l.Get("Column.RespondedAt"), ColumnKind.DateTime, 17),
        new(l.Get("Column.Resolution"), ColumnKind.Text, 18),
        new(l.Get("Column.OverdueNow"), ColumnKind.Text, 10),
        new(l.Get("Column.ReopenCount"), ColumnKind.WholeNumber, 10),
        new(l.Get("Column.Description"), ColumnKind.Text, 60),
        new(l.Get("Column.CallerName"), ColumnKind.Text, 22),
        new(l.Get("Column.CallerPhone"), ColumnKind.Text, 14),
    ];

    /// <summary>One row's cells; a report writing many rows keeps one <see cref="CaseRegisterCells"/> instead.</summary>
    public static void Write(ReportContext context, CaseRegisterRow row, IReportRow cells) => new CaseRegisterCells(context).Write(row, cells);

    /// <summary>The cases matching <paramref name="filter"/> in id order, a batch per query (keyset), so no read holds the database.</summary>
    public static async IAsyncEnumerable<CaseRegisterRow> StreamAsync(ReportContext context, System.Linq.Expressions.Expression<Func<Case, bool>> filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = 0;
        while (true)
        {
            List<CaseRegisterRow> batch;
            await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
            {
                var after = last;
                batch = await Project(context.Cases(db).Where(filter).Where(c => c.Id > after).OrderBy(c => c.Id).Take(context.BatchSize))
                    .ToListAsync(cancellationToken);
            }

            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < context.BatchSize)
            {
                yield break;
            }

            last = batch[^1].Id;
        }
    }

    public static IQueryable<CaseRegisterRow> Project(IQueryable<Case> cases) => cases.Select(c => new CaseRegisterRow(
        c.Id, c.Reference, c.RegisteredAtUtc, c.Type, c.TopicId, c.RegionId, c.DistrictId, c.Channel, c.Priority, c.Status,
        c.AssignedOrganisationId, c.AssignedOfficerId, c.RespondByUtc, c.AcknowledgedAtUtc, c.RespondedAtUtc, c.Resolution, c.ReopenCount,
        c.Description, c.Caller.Name, c.Caller.Phone, c.Caller.IsConfidential));
}

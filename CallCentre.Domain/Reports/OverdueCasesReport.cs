using System.Runtime.CompilerServices;
using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Overdue cases now: open (assigned, in progress, awaiting the citizen) and past their respond-by, oldest deadline first,
/// with the days overdue as a number, among cases registered in the period; a summary per organisation.
/// </summary>
public static class OverdueCasesReport
{
    public static async Task<long> BuildAsync(ReportContext context, ReportWorkbook workbook, CancellationToken cancellationToken)
    {
        var l = context.Labels;
        var from = context.Request.FromUtc;
        var to = context.Request.ToUtc;
        var now = context.NowUtc;
        long total;
        List<object?[]> byOrganisation;
        await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
        {
            var counts = await Overdue(context.Cases(db), from, to, now).GroupBy(c => c.AssignedOrganisationId)
                .Select(g => new { Organisation = g.Key, Count = g.Count(), Oldest = g.Min(c => c.RespondByUtc) }).ToListAsync(cancellationToken);
            total = counts.Sum(c => (long)c.Count);
            byOrganisation = [.. counts.OrderByDescending(c => c.Count).Select(c => new object?[]
            {
                context.Names.Organisation(c.Organisation), c.Count, c.Oldest is { } oldest ? Math.Floor((now - oldest).TotalDays) : null,
            })];
        }

        SummarySheet.Add(workbook, l.Get("Sheet.ByOrganisation"),
            [new(l.Get("Column.Organisation"), ColumnKind.Text, 40), new(l.Get("Column.OverdueCases"), ColumnKind.WholeNumber, 14), new(l.Get("Column.MostDaysOverdue"), ColumnKind.Amount, 14)],
            byOrganisation, l.Get("Total"));
        IReadOnlyList<ReportColumn> columns = [.. CaseRegisterReport.Columns(l), new(l.Get("Column.DaysOverdue"), ColumnKind.Amount, 12)];
        workbook.AddDetail(DetailSheet.Of(l.Get("Sheet.OverdueCases"), columns, StreamAsync(context, from, to, now, cancellationToken), (row, cells) =>
        {
            CaseRegisterReport.Write(context, row, cells);
            cells.Number(Math.Round((now - row.RespondByUtc!.Value).TotalDays, 2));
        }));
        return total;
    }

    private static IQueryable<Case> Overdue(IQueryable<Case> cases, DateTime from, DateTime to, DateTime now) =>
        cases.Where(c => c.RegisteredAtUtc >= from && c.RegisteredAtUtc < to
            && (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.AwaitingCitizen)
            && c.RespondByUtc < now);

    /// <summary>Oldest deadline first, a batch per query on (respond-by, id).</summary>
    private static async IAsyncEnumerable<CaseRegisterRow> StreamAsync(ReportContext context, DateTime from, DateTime to, DateTime now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DateTime? lastDeadline = null;
        var lastId = 0;
        while (true)
        {
            List<CaseRegisterRow> batch;
            await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
            {
                var cases = Overdue(context.Cases(db), from, to, now);
                if (lastDeadline is { } deadline)
                {
                    var id = lastId;
                    cases = cases.Where(c => c.RespondByUtc > deadline || (c.RespondByUtc == deadline && c.Id > id));
                }

                batch = await CaseRegisterReport.Project(cases.OrderBy(c => c.RespondByUtc).ThenBy(c => c.Id).Take(context.BatchSize)).ToListAsync(cancellationToken);
            }

            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < context.BatchSize)
            {
                yield break;
            }

            lastDeadline = batch[^1].RespondByUtc;
            lastId = batch[^1].Id;
        }
    }
}

using System.Runtime.CompilerServices;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Overdue and escalated cases now: the clock runs (assigned or in progress; a case awaiting the citizen is paused) and
/// the respond-by has passed (<see cref="DeadlineStates.Overdue"/>, the rule of every list), oldest deadline first, with
/// the days overdue as a number and the escalation level reached in the current deadline round, among cases registered
/// in the period; a summary per organisation.
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
        IReadOnlyList<ReportColumn> columns =
            [.. CaseRegisterReport.Columns(l), new(l.Get("Column.DaysOverdue"), ColumnKind.Amount, 12), new(l.Get("Column.EscalationLevel"), ColumnKind.WholeNumber, 12)];
        var caseCells = new CaseRegisterCells(context);
        workbook.AddDetail(DetailSheet.Of(l.Get("Sheet.OverdueCases"), columns, StreamAsync(context, from, to, now, cancellationToken), (overdue, cells) =>
        {
            caseCells.Write(overdue.Case, cells);
            cells.Number(Math.Round((now - overdue.Case.RespondByUtc!.Value).TotalDays, 2));
            cells.Number(overdue.EscalationLevel);
        }));
        return total;
    }

    private static IQueryable<Case> Overdue(IQueryable<Case> cases, DateTime from, DateTime to, DateTime now) =>
        cases.Where(c => c.RegisteredAtUtc >= from && c.RegisteredAtUtc < to).Where(DeadlineStates.Overdue(now));

    /// <summary>An overdue case and the highest escalation level sent for its current deadline round (0: none yet).</summary>
    private sealed record OverdueRow(CaseRegisterRow Case, int EscalationLevel);

    /// <summary>Oldest deadline first, a batch per query on (respond-by, id).</summary>
    private static async IAsyncEnumerable<OverdueRow> StreamAsync(ReportContext context, DateTime from, DateTime to, DateTime now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DateTime? lastDeadline = null;
        var lastId = 0;
        while (true)
        {
            List<CaseRegisterRow> batch;
            Dictionary<int, int> levels;
            await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
            {
                var cases = Overdue(context.Cases(db), from, to, now);
                if (lastDeadline is { } deadline)
                {
                    var id = lastId;
                    cases = cases.Where(c => c.RespondByUtc > deadline || (c.RespondByUtc == deadline && c.Id > id));
                }

                batch = await CaseRegisterReport.Project(cases.OrderBy(c => c.RespondByUtc).ThenBy(c => c.Id).Take(context.BatchSize)).ToListAsync(cancellationToken);
                var ids = batch.Select(r => r.Id).ToList();
                levels = await (
                        from alert in db.DeadlineAlerts.AsNoTracking()
                        join c in db.Cases.AsNoTracking() on alert.CaseId equals c.Id
                        where ids.Contains(alert.CaseId) && alert.Kind == NotificationKind.Escalation && alert.Round == c.DeadlineRound
                        group alert by alert.CaseId into g
                        select new { CaseId = g.Key, Level = g.Max(a => a.Level) })
                    .ToDictionaryAsync(x => x.CaseId, x => x.Level, cancellationToken);
            }

            foreach (var row in batch)
            {
                yield return new OverdueRow(row, levels.GetValueOrDefault(row.Id));
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

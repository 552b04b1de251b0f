using System.Runtime.CompilerServices;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>The audit log for the period: every entry in sequence order with its hash, streamed; a summary by action.</summary>
public static class AuditLogReport
{
    public static async Task<long> BuildAsync(ReportContext context, ReportWorkbook workbook, CancellationToken cancellationToken)
    {
        var l = context.Labels;
        var from = context.Request.FromUtc;
        var to = context.Request.ToUtc;
        long total;
        List<object?[]> byAction;
        await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
        {
            var counts = await db.AuditEntries.AsNoTracking().Where(e => e.AtUtc >= from && e.AtUtc < to)
                .GroupBy(e => e.Action).Select(g => new { Action = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            total = counts.Sum(c => (long)c.Count);
            byAction = [.. counts.OrderBy(c => c.Action, StringComparer.Ordinal).Select(c => new object?[] { c.Action, c.Count })];
        }

        SummarySheet.Add(workbook, l.Get("Sheet.ByAction"), [new(l.Get("Column.Action"), ColumnKind.Text, 32), new(l.Get("Column.Entries"), ColumnKind.WholeNumber, 12)], byAction, l.Get("Total"));
        IReadOnlyList<ReportColumn> columns =
        [
            new(l.Get("Column.Sequence"), ColumnKind.WholeNumber, 10), new(l.Get("Column.Time"), ColumnKind.DateTime, 17),
            new(l.Get("Column.Actor"), ColumnKind.Text, 24), new(l.Get("Column.Action"), ColumnKind.Text, 24),
            new(l.Get("Column.SubjectType"), ColumnKind.Text, 12), new(l.Get("Column.Subject"), ColumnKind.Text, 16),
            new(l.Get("Column.Outcome"), ColumnKind.Text, 12), new(l.Get("Column.Address"), ColumnKind.Text, 16),
            new(l.Get("Column.Before"), ColumnKind.Text, 50), new(l.Get("Column.After"), ColumnKind.Text, 50), new(l.Get("Column.Hash"), ColumnKind.Text, 66),
        ];
        var mask = context.PersonalDataMask;
        workbook.AddDetail(DetailSheet.Of(l.Get("Sheet.AuditLog"), columns, StreamAsync(context, from, to, cancellationToken), (e, cells) =>
        {
            cells.Number(e.Sequence);
            cells.Moment(e.AtUtc);
            cells.Text(e.ActorName ?? e.ActorId);
            cells.Text(e.Action);
            cells.Text(e.SubjectType);
            cells.Text(e.SubjectId);
            cells.Text(l.Get("Outcome." + e.Outcome));
            cells.Text(e.ClientAddress);
            cells.Text(PersonalData.MaskAuditValues(e.SubjectType, e.Before, mask));
            cells.Text(PersonalData.MaskAuditValues(e.SubjectType, e.After, mask));
            cells.Text(e.Hash);
        }));
        return total;
    }

    private static async IAsyncEnumerable<AuditEntryRow> StreamAsync(ReportContext context, DateTime from, DateTime to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long last = 0;
        while (true)
        {
            List<AuditEntryRow> batch;
            await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
            {
                var after = last;
                batch = await db.AuditEntries.AsNoTracking().Where(e => e.AtUtc >= from && e.AtUtc < to && e.Sequence > after).OrderBy(e => e.Sequence).Take(context.BatchSize)
                    .Select(e => new AuditEntryRow(e.Sequence, e.AtUtc, e.ActorId, e.ActorName, e.Action, e.SubjectType, e.SubjectId, e.Before, e.After, e.Outcome, e.ClientAddress, e.Hash))
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

            last = batch[^1].Sequence;
        }
    }
}

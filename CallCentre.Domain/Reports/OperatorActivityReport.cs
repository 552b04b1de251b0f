using CallCentre.Domain.Calendar;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Calls (cases registered) per operator per day and per hour of day in Ulaanbaatar time, and each operator's
/// first-contact resolution: the share of their calls closed with an answer at first contact.
/// </summary>
public static class OperatorActivityReport
{
    public static async Task<long> BuildAsync(ReportContext context, ReportWorkbook workbook, CancellationToken cancellationToken)
    {
        var l = context.Labels;
        var perOperator = new Dictionary<string, (long Calls, long FirstContact)>();
        var perDay = new Dictionary<(string Operator, DateOnly Day), long>();
        var perHour = new Dictionary<(string Operator, int Hour), long>();
        long total = 0;
        await foreach (var f in CaseFacts.StreamAsync(context, cancellationToken))
        {
            total++;
            var local = UlaanbaatarTime.FromUtc(f.RegisteredAtUtc);
            var (calls, firstContact) = perOperator.GetValueOrDefault(f.RegisteredById);
            perOperator[f.RegisteredById] = (calls + 1, firstContact + (f.AnsweredAtFirstContact ? 1 : 0));
            perDay[(f.RegisteredById, DateOnly.FromDateTime(local))] = perDay.GetValueOrDefault((f.RegisteredById, DateOnly.FromDateTime(local))) + 1;
            perHour[(f.RegisteredById, local.Hour)] = perHour.GetValueOrDefault((f.RegisteredById, local.Hour)) + 1;
        }

        string Name(string id) => context.Names.User(id) ?? id;
        var operatorColumn = new ReportColumn(l.Get("Column.Operator"), ColumnKind.Text, 28);
        SummarySheet.Add(workbook, l.Get("Sheet.Operators"),
            [operatorColumn, new(l.Get("Column.Calls"), ColumnKind.WholeNumber, 12), new(l.Get("Column.FirstContactResolved"), ColumnKind.WholeNumber, 16), new(l.Get("Column.FirstContactShare"), ColumnKind.Percent, 14)],
            perOperator.OrderByDescending(o => o.Value.Calls).Select(o => new object?[] { Name(o.Key), o.Value.Calls, o.Value.FirstContact, (double)o.Value.FirstContact / o.Value.Calls }),
            l.Get("Total"));
        SummarySheet.Add(workbook, l.Get("Sheet.PerDay"),
            [operatorColumn, new(l.Get("Column.Day"), ColumnKind.Date, 12), new(l.Get("Column.Calls"), ColumnKind.WholeNumber, 12)],
            perDay.OrderBy(d => d.Key.Day).ThenBy(d => Name(d.Key.Operator), StringComparer.Ordinal).Select(d => new object?[] { Name(d.Key.Operator), d.Key.Day, d.Value }),
            l.Get("Total"));
        SummarySheet.Add(workbook, l.Get("Sheet.PerHour"),
            [operatorColumn, new(l.Get("Column.Hour"), ColumnKind.WholeNumber, 10), new(l.Get("Column.Calls"), ColumnKind.WholeNumber, 12)],
            perHour.OrderBy(h => Name(h.Key.Operator), StringComparer.Ordinal).ThenBy(h => h.Key.Hour).Select(h => new object?[] { Name(h.Key.Operator), h.Key.Hour, h.Value }));
        return total;
    }
}

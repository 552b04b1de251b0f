using CallCentre.Domain.Ratings;
using ClosedXML.Excel;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Citizens' satisfaction with the responses: the ratings recorded in the period, attributed to the organisation that
/// gave the response; per organisation, topic and month the number of ratings, average score, share solved and the count
/// of each score, with totals; a detail sheet of every rating with the citizen's comment (as text, never a formula) and
/// the caller as the requester may see them.
/// </summary>
public static class SatisfactionReport
{
    public static async Task<long> BuildAsync(ReportContext context, ReportWorkbook workbook, CancellationToken cancellationToken)
    {
        var l = context.Labels;
        var names = context.Names;
        var groups = new (string Sheet, string Column, Func<RatingFacts, string?> Key, bool Chronological)[]
        {
            ("Sheet.ByOrganisation", "Column.Organisation", f => names.Organisation(f.OrganisationId), false),
            ("Sheet.ByTopic", "Column.Topic", f => names.Topic(f.TopicId), false),
            ("Sheet.ByMonth", "Column.Month", f => Calendar.UlaanbaatarTime.FromUtc(f.RatedAtUtc).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), true),
        };
        var tallies = groups.Select(_ => new Dictionary<string, Tally>(StringComparer.Ordinal)).ToArray();
        var all = new Tally();
        await foreach (var facts in RatingFacts.StreamAsync(context, cancellationToken))
        {
            all.Add(facts);
            for (var g = 0; g < groups.Length; g++)
            {
                var key = groups[g].Key(facts) ?? l.Get("None");
                if (!tallies[g].TryGetValue(key, out var tally))
                {
                    tallies[g][key] = tally = new Tally();
                }

                tally.Add(facts);
            }
        }

        context.Notes.Add(l.Get("Note.Satisfaction"));
        for (var g = 0; g < groups.Length; g++)
        {
            var ordered = groups[g].Chronological
                ? tallies[g].OrderBy(t => t.Key, StringComparer.Ordinal)
                : tallies[g].OrderByDescending(t => t.Value.Ratings).ThenBy(t => t.Key, StringComparer.Ordinal);
            var sheet = SummarySheet.Add(workbook, l.Get(groups[g].Sheet), Columns(l, groups[g].Column),
                ordered.Select(t => (object?[])[t.Key, .. t.Value.Figures()]), l.Get("Total"));
            WriteTotalShares(sheet, all);
        }

        workbook.AddDetail(DetailSheet.Of(l.Get("Sheet.Ratings"), DetailColumns(l), RatingFacts.StreamAsync(context, cancellationToken), (row, cells) => Write(context, row, cells)));
        return all.Ratings;
    }

    /// <summary>The summary columns after the name: ratings, average score, solved, partly, not solved, share solved, then each score's count.</summary>
    private static IReadOnlyList<ReportColumn> Columns(IReportLabels l, string nameColumn) =>
    [
        new(l.Get(nameColumn), ColumnKind.Text, 40),
        new(l.Get("Column.Ratings"), ColumnKind.WholeNumber, 10),
        new(l.Get("Column.AverageScore"), ColumnKind.Amount, 12),
        new(l.Get("Column.Solved"), ColumnKind.WholeNumber, 10),
        new(l.Get("Column.PartlySolved"), ColumnKind.WholeNumber, 10),
        new(l.Get("Column.NotSolved"), ColumnKind.WholeNumber, 10),
        new(l.Get("Column.ShareSolved"), ColumnKind.Percent, 12),
        .. Enumerable.Range(RatingRules.MinScore, RatingRules.MaxScore).Select(s => new ReportColumn(l.Get("Column.ScoreCount", s), ColumnKind.WholeNumber, 8)),
    ];

    /// <summary>The totals row sums the counts; the average and the share of all ratings are written beside them.</summary>
    private static void WriteTotalShares(IXLWorksheet sheet, Tally all)
    {
        if (all.Ratings == 0)
        {
            return;
        }

        var totals = sheet.LastRowUsed()!.RowNumber();
        var figures = all.Figures();
        SummarySheet.Set(sheet.Cell(totals, 3), figures[1], ColumnKind.Amount);
        SummarySheet.Set(sheet.Cell(totals, 7), figures[5], ColumnKind.Percent);
    }

    private static IReadOnlyList<ReportColumn> DetailColumns(IReportLabels l) =>
    [
        new(l.Get("Column.Reference"), ColumnKind.Text, 14),
        new(l.Get("Column.Organisation"), ColumnKind.Text, 32),
        new(l.Get("Column.Topic"), ColumnKind.Text, 28),
        new(l.Get("Column.RespondedAt"), ColumnKind.DateTime, 17),
        new(l.Get("Column.RatedAt"), ColumnKind.DateTime, 17),
        new(l.Get("Column.Score"), ColumnKind.WholeNumber, 8),
        new(l.Get("Column.ProblemSolved"), ColumnKind.Text, 12),
        new(l.Get("Column.Comment"), ColumnKind.Text, 60),
        new(l.Get("Column.RatingSource"), ColumnKind.Text, 14),
        new(l.Get("Column.RecordedBy"), ColumnKind.Text, 20),
        new(l.Get("Column.CallerName"), ColumnKind.Text, 22),
        new(l.Get("Column.CallerPhone"), ColumnKind.Text, 14),
    ];

    private static void Write(ReportContext context, RatingFacts row, IReportRow cells)
    {
        var l = context.Labels;
        var (callerName, callerPhone) = context.Caller(row.CallerName, row.CallerPhone, row.IsConfidential);
        cells.Text(row.Reference);
        cells.Text(context.Names.Organisation(row.OrganisationId));
        cells.Text(context.Names.Topic(row.TopicId));
        cells.Moment(row.RespondedAtUtc);
        cells.Moment(row.RatedAtUtc);
        cells.Number(row.Score);
        cells.Text(l.Get("ProblemSolved." + row.Solved));
        cells.Text(context.FreeText(row.Comment, row.IsConfidential));
        cells.Text(l.Get("RatingSource." + row.Source));
        cells.Text(row.RecordedBy);
        cells.Text(callerName);
        cells.Text(callerPhone);
    }

    private sealed class Tally
    {
        private readonly long[] _scores = new long[RatingRules.MaxScore + 1];
        private long _sum;
        private long _solved;
        private long _partly;

        public long Ratings { get; private set; }

        public void Add(RatingFacts facts)
        {
            Ratings++;
            _sum += facts.Score;
            _scores[facts.Score]++;
            _solved += facts.Solved == ProblemSolved.Yes ? 1 : 0;
            _partly += facts.Solved == ProblemSolved.Partly ? 1 : 0;
        }

        /// <summary>The row after its name, in the order of the columns.</summary>
        public object?[] Figures() =>
        [
            Ratings, Math.Round((double)_sum / Ratings, 2), _solved, _partly, Ratings - _solved - _partly, (double)_solved / Ratings,
            .. _scores.Skip(RatingRules.MinScore).Cast<object?>(),
        ];
    }
}

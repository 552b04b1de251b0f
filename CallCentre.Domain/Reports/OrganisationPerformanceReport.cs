using CallCentre.Domain.Deadlines;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Per organisation, the cases registered in the period and assigned to it: received, acknowledged on time (by the
/// case's acknowledge-by; within a day for cases assigned before it was recorded), responded on time (by the respond-by), overdue now,
/// median days to respond, reopen rate; and satisfaction: the ratings recorded in the period of the organisation's
/// responses (<see cref="RatingFacts"/>) and their average score, both empty where there are none.
/// </summary>
public static class OrganisationPerformanceReport
{
    public static async Task<long> BuildAsync(ReportContext context, ReportWorkbook workbook, CancellationToken cancellationToken)
    {
        var l = context.Labels;
        var now = context.NowUtc;
        var tallies = new Dictionary<int, Tally>();
        long total = 0;
        await foreach (var f in CaseFacts.StreamAsync(context, cancellationToken))
        {
            if (f.OrganisationId is not { } organisation)
            {
                continue;
            }

            total++;
            if (!tallies.TryGetValue(organisation, out var t))
            {
                tallies[organisation] = t = new Tally();
            }

            t.Received++;
            // On time by the acknowledge-by the case's SLA policy set; a case assigned before deadlines were recorded: within a day.
            t.AcknowledgedOnTime += f.AcknowledgedAtUtc is { } ack && f.AssignedAtUtc is { } assigned && ack <= (f.AcknowledgeByUtc ?? assigned.AddDays(1)) ? 1 : 0;
            t.RespondedOnTime += f.RespondedAtUtc is { } responded && f.RespondByUtc is { } by && responded <= by ? 1 : 0;
            t.OverdueNow += DeadlineStates.ClockRuns(f.Status) && f.RespondByUtc < now ? 1 : 0;
            t.Reopened += f.ReopenCount > 0 ? 1 : 0;
            if (f.RespondedAtUtc is { } at)
            {
                t.DaysToRespond.Add((at - f.RegisteredAtUtc).TotalDays);
            }
        }

        await foreach (var rating in RatingFacts.StreamAsync(context, cancellationToken))
        {
            // An organisation rated in the period for a response to an earlier case has a row too.
            if (!tallies.TryGetValue(rating.OrganisationId, out var t))
            {
                tallies[rating.OrganisationId] = t = new Tally();
            }

            t.Ratings++;
            t.ScoreSum += rating.Score;
        }

        context.Notes.Add(l.Get("Note.SatisfactionInPerformance"));
        context.Notes.Add(l.Get("Note.AcknowledgeWithinADay"));
        var sheet = SummarySheet.Add(workbook, l.Get("Sheet.OrganisationPerformance"),
            [
                new(l.Get("Column.Organisation"), ColumnKind.Text, 40), new(l.Get("Column.Received"), ColumnKind.WholeNumber, 12),
                new(l.Get("Column.AcknowledgedOnTime"), ColumnKind.WholeNumber, 14), new(l.Get("Column.RespondedOnTime"), ColumnKind.WholeNumber, 14),
                new(l.Get("Column.OverdueNow"), ColumnKind.WholeNumber, 12), new(l.Get("Column.MedianDaysToRespond"), ColumnKind.Amount, 14),
                new(l.Get("Column.ReopenRate"), ColumnKind.Percent, 12), new(l.Get("Column.Ratings"), ColumnKind.WholeNumber, 10),
                new(l.Get("Column.AverageScore"), ColumnKind.Amount, 12),
            ],
            tallies.OrderByDescending(t => t.Value.Received).ThenByDescending(t => t.Value.Ratings).Select(t => new object?[]
            {
                context.Names.Organisation(t.Key), t.Value.Received, t.Value.AcknowledgedOnTime, t.Value.RespondedOnTime, t.Value.OverdueNow,
                Median(t.Value.DaysToRespond), t.Value.Received == 0 ? null : (double)t.Value.Reopened / t.Value.Received,
                t.Value.Ratings == 0 ? null : t.Value.Ratings, t.Value.Ratings == 0 ? null : Math.Round((double)t.Value.ScoreSum / t.Value.Ratings, 2),
            }),
            l.Get("Total"));
        var ratings = tallies.Values.Sum(t => t.Ratings);
        if (ratings > 0)
        {
            // The totals row sums the counts; the average is of every rating.
            SummarySheet.Set(sheet.Cell(sheet.LastRowUsed()!.RowNumber(), 9), Math.Round((double)tallies.Values.Sum(t => t.ScoreSum) / ratings, 2), ColumnKind.Amount);
        }

        return total;
    }

    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return Math.Round(values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2, 2);
    }

    private sealed class Tally
    {
        public long Received { get; set; }

        public long AcknowledgedOnTime { get; set; }

        public long RespondedOnTime { get; set; }

        public long OverdueNow { get; set; }

        public long Reopened { get; set; }

        public List<double> DaysToRespond { get; } = [];

        public long Ratings { get; set; }

        public long ScoreSum { get; set; }
    }
}

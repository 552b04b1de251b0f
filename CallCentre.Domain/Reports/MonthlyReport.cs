namespace CallCentre.Domain.Reports;

/// <summary>The monthly report: cases received in the period by type, topic, region, organisation and status, with the share answered.</summary>
public static class MonthlyReport
{
    public static async Task<long> BuildAsync(ReportContext context, ReportWorkbook workbook, CancellationToken cancellationToken)
    {
        var l = context.Labels;
        var names = context.Names;
        var groups = new (string Sheet, Func<CaseFacts, string?> Key)[]
        {
            ("Sheet.ByType", f => l.Get("Type." + f.Type)),
            ("Sheet.ByTopic", f => names.Topic(f.TopicId)),
            ("Sheet.ByRegion", f => names.Region(f.RegionId)),
            ("Sheet.ByOrganisation", f => names.Organisation(f.OrganisationId)),
            ("Sheet.ByStatus", f => l.Get("Status." + f.Status)),
        };
        var counts = groups.Select(_ => new Dictionary<string, (long Received, long Answered)>()).ToArray();
        long total = 0;
        await foreach (var facts in CaseFacts.StreamAsync(context, cancellationToken))
        {
            total++;
            for (var g = 0; g < groups.Length; g++)
            {
                var key = groups[g].Key(facts) ?? l.Get("None");
                var (received, answered) = counts[g].GetValueOrDefault(key);
                counts[g][key] = (received + 1, answered + (facts.IsAnswered ? 1 : 0));
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            SummarySheet.Add(workbook, l.Get(groups[g].Sheet),
                [
                    new(l.Get("Column.Name"), ColumnKind.Text, 40), new(l.Get("Column.Received"), ColumnKind.WholeNumber, 12),
                    new(l.Get("Column.Answered"), ColumnKind.WholeNumber, 12), new(l.Get("Column.ShareAnswered"), ColumnKind.Percent, 12),
                ],
                counts[g].OrderByDescending(c => c.Value.Received).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => new object?[] { c.Key, c.Value.Received, c.Value.Answered, (double)c.Value.Answered / c.Value.Received }),
                l.Get("Total"));
        }

        return total;
    }
}

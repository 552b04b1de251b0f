namespace CallCentre.Domain.Reports;

/// <summary>
/// A detail sheet of any length: its rows are read as they are written (by <see cref="StreamingSheetWriter"/>), never
/// held together, and continue on "Name (2)", "Name (3)"… past the per-sheet limit.
/// </summary>
public abstract class DetailSheet
{
    protected DetailSheet(string name, IReadOnlyList<ReportColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>A detail sheet of <paramref name="rows"/>, each written by <paramref name="write"/>.</summary>
    public static DetailSheet Of<T>(string name, IReadOnlyList<ReportColumn> columns, IAsyncEnumerable<T> rows, Action<T, IReportRow> write) =>
        new Typed<T>(name, columns, rows, write);

    internal abstract Task WriteAsync(StreamingSheetWriter writer, CancellationToken cancellationToken);

    private sealed class Typed<T>(string name, IReadOnlyList<ReportColumn> columns, IAsyncEnumerable<T> rows, Action<T, IReportRow> write)
        : DetailSheet(name, columns)
    {
        internal override async Task WriteAsync(StreamingSheetWriter writer, CancellationToken cancellationToken)
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await writer.BeginRowAsync(cancellationToken);
                write(row, writer);
                writer.EndRow();
            }
        }
    }
}

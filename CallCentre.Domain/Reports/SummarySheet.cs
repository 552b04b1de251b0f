using ClosedXML.Excel;
using CallCentre.Domain.Calendar;

namespace CallCentre.Domain.Reports;

/// <summary>
/// A small typed sheet built with ClosedXML: a bold heading row, frozen, with an auto-filter and set widths (never
/// AdjustToContents, which needs libgdiplus); values typed by their .NET type (text, numbers, UTC moments and dates as
/// Excel dates in Ulaanbaatar time); an optional totals row under the filter range.
/// </summary>
public static class SummarySheet
{
    public static IXLWorksheet Add(ReportWorkbook workbook, string name, IReadOnlyList<ReportColumn> columns, IEnumerable<object?[]> rows, string? totalsLabel = null)
    {
        var sheet = workbook.Book.AddWorksheet(name);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            SetText(cell, columns[c].Heading);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E7ECF3");
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var r = 1;
        var totals = new double[columns.Count];
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < columns.Count && c < row.Length; c++)
            {
                Set(sheet.Cell(r, c + 1), row[c], columns[c].Kind);
                if (columns[c].Kind == ColumnKind.WholeNumber && row[c] is { } value and not string)
                {
                    totals[c] += Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        workbook.SummaryRows[sheet.Name] = r - 1;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(r, 1), columns.Count).SetAutoFilter();
        if (totalsLabel is not null)
        {
            var t = r + 1;
            SetText(sheet.Cell(t, 1), totalsLabel);
            sheet.Row(t).Style.Font.Bold = true;
            for (var c = 1; c < columns.Count; c++)
            {
                if (columns[c].Kind == ColumnKind.WholeNumber)
                {
                    Set(sheet.Cell(t, c + 1), totals[c], ColumnKind.WholeNumber);
                }
            }
        }

        return sheet;
    }

    /// <summary>Text as a string cell, never a formula; quote-prefixed when it starts like one (<see cref="ExcelText"/>).</summary>
    public static void SetText(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var safe = ExcelText.XmlSafe(text);
        cell.SetValue(safe);
        cell.DataType = XLDataType.Text;
        if (ExcelText.NeedsQuotePrefix(safe))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    public static void Set(IXLCell cell, object? value, ColumnKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                SetText(cell, text);
                return;
            case DateTime utc:
                cell.SetValue(kind == ColumnKind.Date ? UlaanbaatarTime.FromUtc(utc).Date : UlaanbaatarTime.FromUtc(utc));
                cell.Style.NumberFormat.Format = kind == ColumnKind.Date ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm";
                return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = "yyyy-mm-dd";
                return;
            default:
                cell.SetValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                cell.Style.NumberFormat.Format = kind switch
                {
                    ColumnKind.Percent => "0.0%",
                    ColumnKind.Amount => "#,##0.00",
                    _ => "#,##0",
                };
                return;
        }
    }
}

using ClosedXML.Excel;

namespace CallCentre.Domain.Reports;

/// <summary>What the cover prints about the report beside the sheets: who asked, when, and the audit chain's head then.</summary>
public sealed record CoverFacts(string Title, string Organisation, string GeneratedBy, DateTime GeneratedAtUtc, long? AuditSequence, string? AuditHash);

/// <summary>The first sheet: title, filters, period, who generated it and when (Ulaanbaatar time), rows per sheet, the audit head.</summary>
public static class CoverSheet
{
    public static void Write(ReportWorkbook workbook, ReportContext context, CoverFacts facts)
    {
        var l = context.Labels;
        var sheet = workbook.Cover;
        sheet.Name = l.Get("Sheet.Cover");
        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 40;
        sheet.Column(3).Width = 14;
        SummarySheet.SetText(sheet.Cell(1, 1), facts.Title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 16;

        var row = 3;
        void Line(string key, object? value, ColumnKind kind = ColumnKind.Text)
        {
            SummarySheet.SetText(sheet.Cell(row, 1), l.Get(key));
            sheet.Cell(row, 1).Style.Font.Bold = true;
            SummarySheet.Set(sheet.Cell(row, 2), value, kind);
            row++;
        }

        Line("Cover.PeriodFrom", context.Request.PeriodFrom, ColumnKind.Date);
        Line("Cover.PeriodTo", context.Request.PeriodTo, ColumnKind.Date);
        Line("Cover.Organisation", facts.Organisation);
        Line("Cover.GeneratedBy", facts.GeneratedBy);
        Line("Cover.GeneratedAt", facts.GeneratedAtUtc, ColumnKind.DateTime);
        Line("Cover.TimeZone", "Asia/Ulaanbaatar");
        Line("Cover.AuditSequence", facts.AuditSequence, ColumnKind.WholeNumber);
        Line("Cover.AuditHash", facts.AuditHash);
        Line("Cover.CallerData", l.Get(context.Visibility.CallerMaskFor(false) == Cases.CallerMask.None ? "Cover.CallerShown" : "Cover.CallerMasked"));
        foreach (var note in context.Notes)
        {
            Line("Cover.Note", note);
        }

        row++;
        foreach (var (text, column) in new[] { ("Cover.Sheet", 1), ("Cover.Rows", 2), ("Cover.Sheets", 3) })
        {
            SummarySheet.SetText(sheet.Cell(row, column), l.Get(text));
            sheet.Cell(row, column).Style.Font.Bold = true;
        }

        foreach (var (name, rows) in workbook.SummaryRows)
        {
            row++;
            SummarySheet.SetText(sheet.Cell(row, 1), name);
            SummarySheet.Set(sheet.Cell(row, 2), rows, ColumnKind.WholeNumber);
            SummarySheet.Set(sheet.Cell(row, 3), 1, ColumnKind.WholeNumber);
        }

        foreach (var detail in workbook.Details)
        {
            row++;
            SummarySheet.SetText(sheet.Cell(row, 1), detail.Name);
            workbook.CountOnCover(detail, sheet.Cell(row, 2), sheet.Cell(row, 3));
            sheet.Cell(row, 2).Style.NumberFormat.Format = "#,##0";
        }

        sheet.SetTabActive();
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}

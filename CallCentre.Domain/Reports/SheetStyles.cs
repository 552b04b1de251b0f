namespace CallCentre.Domain.Reports;

/// <summary>The cell formats the streamed sheets use: indexes into the workbook's cellXfs, appended to ClosedXML's own.</summary>
internal sealed record SheetStyles(uint Header, uint QuotedText, uint Integer, uint Decimal, uint Percent, uint Date, uint DateTime)
{
    public uint For(ColumnKind kind) => kind switch
    {
        ColumnKind.WholeNumber => Integer,
        ColumnKind.Amount => Decimal,
        ColumnKind.Percent => Percent,
        ColumnKind.Date => Date,
        ColumnKind.DateTime => DateTime,
        _ => 0,
    };
}

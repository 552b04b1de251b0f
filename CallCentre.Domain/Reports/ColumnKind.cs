namespace CallCentre.Domain.Reports;

/// <summary>How a column's cells are typed in Excel.</summary>
public enum ColumnKind
{
    /// <summary>Text; one that starts like a formula gets the quote prefix (<see cref="ExcelText"/>).</summary>
    Text,

    /// <summary>A whole number, shown with thousands separators.</summary>
    WholeNumber,

    /// <summary>A number with two decimals.</summary>
    Amount,

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    Percent,

    /// <summary>An Ulaanbaatar date, a real Excel date.</summary>
    Date,

    /// <summary>An Ulaanbaatar date and time, a real Excel date.</summary>
    DateTime,
}

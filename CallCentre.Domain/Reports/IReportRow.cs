namespace CallCentre.Domain.Reports;

/// <summary>Writes one row's cells, left to right; a null leaves the cell empty.</summary>
public interface IReportRow
{
    void Text(string? value);

    void Number(double? value);

    /// <summary>A UTC moment, written as an Excel date in Ulaanbaatar time.</summary>
    void Moment(DateTime? utc);

    /// <summary>A calendar date, written as an Excel date.</summary>
    void Day(DateOnly? date);
}

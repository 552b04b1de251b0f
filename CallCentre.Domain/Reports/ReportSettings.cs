namespace CallCentre.Domain.Reports;

/// <summary>The <c>Reports</c> settings: where workbooks are written, how long they are kept, the longest period one may cover.</summary>
public sealed class ReportSettings
{
    public const string Section = "Reports";
    public const string DefaultFolder = "App_Data/reports";

    /// <summary>Excel's limit is 1,048,576 rows a sheet, the heading row included.</summary>
    public const int ExcelRowsPerSheet = 1_048_575;

    /// <summary>The folder holding the files (outside the web root); the web app resolves a relative path against its content root.</summary>
    public string Folder { get; set; } = DefaultFolder;

    /// <summary>The longest period, in days, one report may cover.</summary>
    public int MaxPeriodDays { get; set; } = 800;

    /// <summary>Files older than this many days are deleted and their requests marked expired.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often (in rows) a running report records its progress.</summary>
    public int ProgressEveryRows { get; set; } = 5_000;

    /// <summary>Data rows on one detail sheet before it continues on the next ("Cases (2)"); Excel's limit unless a test lowers it.</summary>
    public int RowsPerSheet { get; set; } = ExcelRowsPerSheet;

    /// <summary>When expired files are deleted (cron, Asia/Ulaanbaatar time): 03:00 every night.</summary>
    public string ExpiryCron { get; set; } = "0 3 * * *";

    /// <summary>When the monthly report is considered (cron, Asia/Ulaanbaatar time): it is made on the month's first working day only.</summary>
    public string MonthlyReportCron { get; set; } = "0 6 * * *";
}

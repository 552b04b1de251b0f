namespace CallCentre.Domain.Reports;

/// <summary>
/// One report someone asked for, and what became of it: kept in our own table so that a restart loses no request and
/// the reports page can show progress and offer the file. Only its own methods change its state.
/// </summary>
public sealed class ReportRequest
{
    public const int FileNameMaxLength = 200;
    public const int ErrorMaxLength = 1000;
    public const int LanguageMaxLength = 8;

    private ReportRequest()
    {
    }

    public ReportRequest(ReportKind kind, DateOnly from, DateOnly to, int? organisationId, string language, string? requestedById, string requestedByName, DateTime nowUtc)
    {
        Kind = kind;
        PeriodFrom = from;
        PeriodTo = to;
        OrganisationId = organisationId;
        Language = language;
        RequestedById = requestedById;
        RequestedByName = requestedByName;
        RequestedAtUtc = nowUtc;
        Status = ReportStatus.Queued;
    }

    public int Id { get; private set; }

    public ReportKind Kind { get; private set; }

    /// <summary>First day of the period, an Ulaanbaatar date.</summary>
    public DateOnly PeriodFrom { get; private set; }

    /// <summary>Last day of the period (inclusive), an Ulaanbaatar date.</summary>
    public DateOnly PeriodTo { get; private set; }

    /// <summary>Only this organisation's cases (and its units'); null for every organisation the requester may see.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The culture of the headings: "mn" or "en".</summary>
    public string Language { get; private set; } = "";

    /// <summary>The requesting user; null for the monthly report the system makes for the supervisors.</summary>
    public string? RequestedById { get; private set; }

    public string RequestedByName { get; private set; } = "";

    public DateTime RequestedAtUtc { get; private set; }

    public ReportStatus Status { get; private set; }

    public long RowsWritten { get; private set; }

    public long RowsTotal { get; private set; }

    /// <summary>The file's name inside the reports folder, once written.</summary>
    public string? FileName { get; private set; }

    public long FileSize { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public DateTime? ExpiresAtUtc { get; private set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>Whether a worker should (still) write it: queued, or running when a restart cut it short.</summary>
    public bool IsUnfinished => Status is ReportStatus.Queued or ReportStatus.Running;

    /// <summary>UTC start of the period: midnight in Ulaanbaatar of its first day.</summary>
    public DateTime FromUtc => Calendar.UlaanbaatarTime.ToUtc(PeriodFrom.ToDateTime(TimeOnly.MinValue));

    /// <summary>UTC end of the period, exclusive: midnight in Ulaanbaatar after its last day.</summary>
    public DateTime ToUtc => Calendar.UlaanbaatarTime.ToUtc(PeriodTo.AddDays(1).ToDateTime(TimeOnly.MinValue));

    public void Start(long rowsTotal, DateTime nowUtc)
    {
        Status = ReportStatus.Running;
        StartedAtUtc = nowUtc;
        RowsTotal = rowsTotal;
        RowsWritten = 0;
        ErrorMessage = null;
    }

    public void Complete(string fileName, long fileSize, long rowsWritten, DateTime nowUtc, int retentionDays)
    {
        Status = ReportStatus.Done;
        FileName = fileName;
        FileSize = fileSize;
        RowsWritten = rowsWritten;
        RowsTotal = Math.Max(RowsTotal, rowsWritten);
        CompletedAtUtc = nowUtc;
        ExpiresAtUtc = nowUtc.AddDays(retentionDays);
    }

    public void Fail(string error, DateTime nowUtc)
    {
        Status = ReportStatus.Failed;
        ErrorMessage = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        CompletedAtUtc = nowUtc;
    }

    public void Expire()
    {
        Status = ReportStatus.Expired;
    }
}

namespace CallCentre.Domain.Reports;

/// <summary>Where a requested report is: waiting for a worker, being written, ready, failed, or deleted after its retention.</summary>
public enum ReportStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Expired,
}

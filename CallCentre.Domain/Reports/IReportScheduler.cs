namespace CallCentre.Domain.Reports;

/// <summary>Hands a recorded request to the background workers (Hangfire in the web app); the domain does not know how.</summary>
public interface IReportScheduler
{
    void Enqueue(int requestId);
}

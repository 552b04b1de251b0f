using CallCentre.Domain.Reports;
using Hangfire;

namespace CallCentre.Web.Features.Reports;

/// <summary>Queues a recorded request as a Hangfire job; the request row, not the job, is the durable record.</summary>
internal sealed class HangfireReportScheduler(IBackgroundJobClient jobs) : IReportScheduler
{
    public void Enqueue(int requestId) => jobs.Enqueue<ReportJob>(job => job.RunAsync(requestId, CancellationToken.None));
}

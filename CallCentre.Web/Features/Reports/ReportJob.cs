using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using Hangfire;

namespace CallCentre.Web.Features.Reports;

/// <summary>Writes one requested report. A failure is recorded on the request, so Hangfire does not retry it.</summary>
public sealed class ReportJob(GenerateReport generate, ILogger<ReportJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(int requestId, CancellationToken cancellationToken)
    {
        var status = await generate.RunAsync(new GenerateReportInput(requestId), Actor.System, cancellationToken);
        logger.LogInformation("Report request {RequestId}: {Status}", requestId, status);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;

namespace CallCentre.Web.Features.Reports;

/// <summary>The nightly clean-up of report files past their retention.</summary>
public sealed class ReportExpiryJob(ExpireReports expire, ILogger<ReportExpiryJob> logger)
{
    public const string Id = "report-expiry";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var count = await expire.RunAsync(Actor.System, cancellationToken);
        logger.LogInformation("Expired {Count} report files", count);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Deadlines;

namespace CallCentre.Web.Features.Jobs;

/// <summary>
/// The recurring scan for due reminders and escalations. Exactly once is the claims table's doing, not Hangfire's: a
/// failure throws, Hangfire retries (visible on /jobs), and nothing that was not committed counts as sent.
/// </summary>
public sealed class DeadlineScanJob(ScanDeadlines scan, ILogger<DeadlineScanJob> logger)
{
    public const string Id = "deadline-scan";

    /// <summary>One id per process: the claims say which app instance sent them.</summary>
    private static readonly string RunnerId = ScanDeadlines.DefaultRunnerId();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await scan.RunAsync(new ScanDeadlinesInput(RunnerId), Actor.System, cancellationToken);
        logger.LogInformation(
            "Deadline scan: {Candidates} cases looked at, {Alerts} reminders and escalations sent as {Notifications} notifications, {Retries} batches retried; {Phases}",
            result.Candidates, result.AlertsSent, result.Notifications, result.Retries, result.Phases);
    }
}

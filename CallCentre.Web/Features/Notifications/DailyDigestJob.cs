using CallCentre.Domain.Accounts;
using CallCentre.Domain.Notifications;

namespace CallCentre.Web.Features.Notifications;

/// <summary>The morning digest for agency staff on working days; the mail job sends it with the other notifications.</summary>
public sealed class DailyDigestJob(CreateDailyDigests digests, ILogger<DailyDigestJob> logger)
{
    public const string Id = "daily-digest";

    public async Task<DailyDigestRun> RunAsync(CancellationToken cancellationToken)
    {
        var run = await digests.RunAsync(Actor.System, cancellationToken);
        if (run.WorkingDay)
        {
            logger.LogInformation("Daily digest for {Day}: {Count} made", run.Day, run.Created);
        }
        else
        {
            logger.LogInformation("No daily digest: {Day} is not a working day", run.Day);
        }

        return run;
    }
}

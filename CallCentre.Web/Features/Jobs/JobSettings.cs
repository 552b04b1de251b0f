namespace CallCentre.Web.Features.Jobs;

/// <summary>The <c>Jobs</c> settings: whether this node runs background jobs, and when the recurring ones run.</summary>
public sealed class JobSettings
{
    public const string Section = "Jobs";

    /// <summary>Runs the Hangfire server and the recurring jobs on this node; tests switch it off.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// On SQLite, the file Hangfire keeps its queue and schedule in (relative to the content root); empty: beside the
    /// app's database, named after it (<c>callcentre.db</c> → <c>callcentre.jobs.db</c>); <c>:memory:</c> keeps them in
    /// memory, forgotten at a restart.
    /// </summary>
    public string SqliteFile { get; init; } = "";

    /// <summary>How often an idle worker looks for queued work in the SQLite job file.</summary>
    public double QueuePollSeconds { get; init; } = 1;

    /// <summary>Jobs run at once on this node.</summary>
    public int WorkerCount { get; init; } = 2;

    /// <summary>When the audit chain is verified, as a cron expression in Asia/Ulaanbaatar time (default 02:00 every night).</summary>
    public string AuditVerificationCron { get; init; } = "0 2 * * *";

    /// <summary>When due reminders and escalations are looked for, as a cron expression (default every 5 minutes).</summary>
    public string DeadlineScanCron { get; init; } = "*/5 * * * *";
    /// <summary>When pending notification e-mails are sent (cron, Asia/Ulaanbaatar time): every minute.</summary>
    public string NotificationMailCron { get; init; } = "* * * * *";

    /// <summary>When agency staff get their daily digest (cron, Asia/Ulaanbaatar time): 08:00, skipped on non-working days.</summary>
    public string DailyDigestCron { get; init; } = "0 8 * * *";
}

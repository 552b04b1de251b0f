namespace CallCentre.Domain.Notifications;

/// <summary>
/// The record that a user's digest for one Ulaanbaatar day was made: its primary key (user, day) lets only one run, of
/// however many runners, restarts and retries, insert it, in the same transaction as the digest notification.
/// </summary>
public sealed class DailyDigestClaim
{
    private DailyDigestClaim()
    {
    }

    public DailyDigestClaim(string userId, DateOnly day, DateTime claimedAtUtc)
    {
        UserId = userId;
        Day = day;
        ClaimedAtUtc = claimedAtUtc;
    }

    public string UserId { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }
}

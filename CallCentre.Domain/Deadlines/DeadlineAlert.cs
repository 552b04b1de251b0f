using CallCentre.Domain.Notifications;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// The record that one reminder or escalation of a case was sent: unique per case, kind, level and deadline round, so a
/// second runner, a retry or a restart that finds it due again cannot insert it again. The claim, its notifications and
/// <see cref="SentAtUtc"/> are saved in one transaction: a row exists only for what was sent.
/// </summary>
public sealed class DeadlineAlert
{
    public const int ClaimedByMaxLength = 100;

    private DeadlineAlert()
    {
    }

    public DeadlineAlert(int caseId, NotificationKind kind, int level, int round, DateTime dueAtUtc, bool isLastOfRound, int recipients, string claimedBy, DateTime nowUtc)
    {
        if (kind is not (NotificationKind.AcknowledgeReminder or NotificationKind.RespondReminder or NotificationKind.Escalation) || level < 1)
        {
            throw new DomainException("Notification.Invalid");
        }

        CaseId = caseId;
        Kind = kind;
        Level = level;
        Round = round;
        DueAtUtc = dueAtUtc;
        IsLastOfRound = isLastOfRound;
        Recipients = recipients;
        ClaimedBy = claimedBy.Length > ClaimedByMaxLength ? claimedBy[..ClaimedByMaxLength] : claimedBy;
        ClaimedAtUtc = nowUtc;
        SentAtUtc = nowUtc;
    }

    public long Id { get; private set; }

    public int CaseId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>1-based: the reminder (largest offset first) or escalation level (1 = the breach).</summary>
    public int Level { get; private set; }

    /// <summary>The case's <c>DeadlineRound</c> when it was sent: a new deadline starts the reminders afresh.</summary>
    public int Round { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    /// <summary>The last escalation level of the round: nothing more is due for the case until its deadline is set anew.</summary>
    public bool IsLastOfRound { get; private set; }

    /// <summary>How many notifications it produced (0 when nobody active was there to receive it).</summary>
    public int Recipients { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    /// <summary>The runner (host and process) whose transaction inserted it.</summary>
    public string ClaimedBy { get; private set; } = "";

    /// <summary>When its notifications were committed; the same transaction as the claim.</summary>
    public DateTime? SentAtUtc { get; private set; }
}

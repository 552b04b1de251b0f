namespace CallCentre.Domain.Notifications;

/// <summary>
/// A message to one user about one case (or a digest): shown in-app from the moment it is saved, e-mailed by the mail job
/// (an outbox: <see cref="EmailState"/> says whether it still has to go). Its text is rendered from the kind and the
/// case in the recipient's language when shown or sent, never stored.
/// </summary>
public sealed class Notification
{
    public const int ErrorMaxLength = 500;

    private Notification()
    {
    }

    public Notification(string recipientId, NotificationKind kind, int? caseId, string? caseReference, int level, DateTime? deadlineUtc, DateTime createdAtUtc)
    {
        if (string.IsNullOrEmpty(recipientId) || !Enum.IsDefined(kind))
        {
            throw new DomainException("Notification.Invalid");
        }

        RecipientId = recipientId;
        Kind = kind;
        CaseId = caseId;
        CaseReference = caseReference;
        Level = level;
        DeadlineUtc = deadlineUtc;
        CreatedAtUtc = createdAtUtc;
        EmailState = NotificationEmailState.Pending;
    }

    public long Id { get; private set; }

    public string RecipientId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public int? CaseId { get; private set; }

    public string? CaseReference { get; private set; }

    /// <summary>The reminder or escalation level (1-based) it was sent for; 0 when the kind has no levels.</summary>
    public int Level { get; private set; }

    /// <summary>The deadline it is about (respond-by or acknowledge-by at the time it was sent).</summary>
    public DateTime? DeadlineUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public NotificationEmailState EmailState { get; private set; }

    public int EmailAttempts { get; private set; }

    public DateTime? EmailedAtUtc { get; private set; }

    public string? EmailError { get; private set; }

    /// <summary>The mail run that holds this message while it sends it (see <c>ClaimPendingMail</c>); null when none does.</summary>
    public Guid? EmailClaimId { get; private set; }

    /// <summary>Until when that claim holds: a run that died mid-batch leaves a claim that lapses and is taken again.</summary>
    public DateTime? EmailClaimedUntilUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    /// <summary>Only after the SMTP server accepted the message.</summary>
    public void MarkEmailed(DateTime nowUtc)
    {
        EmailState = NotificationEmailState.Sent;
        EmailedAtUtc = nowUtc;
        EmailAttempts++;
        EmailError = null;
        ReleaseEmailClaim();
    }

    /// <summary>The attempt failed; the message stays pending for the next run.</summary>
    public void RecordEmailFailure(string error)
    {
        EmailAttempts++;
        EmailError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        ReleaseEmailClaim();
    }

    /// <summary>The recipient chose in-app only for this kind (or has no e-mail address).</summary>
    public void SkipEmail()
    {
        EmailState = NotificationEmailState.NotWanted;
        ReleaseEmailClaim();
    }

    private void ReleaseEmailClaim()
    {
        EmailClaimId = null;
        EmailClaimedUntilUtc = null;
    }
}

public enum NotificationKind
{
    /// <summary>An assignment not yet acknowledged by its acknowledge-by time (to the organisation).</summary>
    AcknowledgeReminder,

    /// <summary>The respond-by deadline is near (to the assigned officer).</summary>
    RespondReminder,

    /// <summary>An escalation level was reached; level 1 is the breach itself.</summary>
    Escalation,

    /// <summary>The officer's daily list of open, due-soon and overdue cases.</summary>
    DailyDigest,
}

public enum NotificationEmailState
{
    Pending,
    Sent,
    NotWanted,
}

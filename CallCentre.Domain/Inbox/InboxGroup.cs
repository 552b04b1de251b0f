namespace CallCentre.Domain.Inbox;

/// <summary>What an organisation's open case needs next; a case may be in more than one group (in progress and due soon).</summary>
public enum InboxGroup
{
    /// <summary>Assigned, not yet taken up.</summary>
    ToAcknowledge,
    InProgress,
    AwaitingCitizen,

    /// <summary>Open, with the respond-by deadline within the next few days.</summary>
    DueSoon,

    /// <summary>Open, with the respond-by deadline passed.</summary>
    Overdue,

    /// <summary>Open again after the citizen disputed the response.</summary>
    Reopened,
}

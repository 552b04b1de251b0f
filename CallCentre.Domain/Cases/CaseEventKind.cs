namespace CallCentre.Domain.Cases;

/// <summary>What a timeline entry records.</summary>
public enum CaseEventKind
{
    Registered,
    Assigned,
    ClosedAtFirstContact,
    LinkedAsFollowUp,
    AttachmentAdded,
    Acknowledged,
    AskedCitizen,
    CitizenAnswered,
    Responded,
    Returned,
    Rerouted,
    OfficerAssigned,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionRefused,
    Reopened,
    Closed,
    MarkedDuplicate,
    Withdrawn,
    NoteAdded,

    /// <summary>Deadlines set anew (assignment, re-route, reopening); the text is the respond-by instant.</summary>
    DeadlineSet,

    /// <summary>The clock stopped while the case awaits the citizen.</summary>
    ClockPaused,

    /// <summary>The clock runs again; the text is the moved respond-by instant.</summary>
    ClockResumed,

    /// <summary>An approved extension moved the respond-by deadline; the text is the new instant.</summary>
    DeadlineExtended,

    /// <summary>The citizen rated a response; the text is <see cref="Ratings.CaseRating.EventText"/>.</summary>
    Rated,
}

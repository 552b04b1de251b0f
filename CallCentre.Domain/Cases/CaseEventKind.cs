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
}

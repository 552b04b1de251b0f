namespace CallCentre.Domain.Cases;

/// <summary>What a timeline entry records.</summary>
public enum CaseEventKind
{
    Registered,
    Assigned,
    ClosedAtFirstContact,
    LinkedAsFollowUp,
    AttachmentAdded,
}

namespace CallCentre.Domain.Cases;

/// <summary>Where a case is in its lifecycle (DESIGN.md); only the case's own methods change it.</summary>
public enum CaseStatus
{
    Registered,
    Assigned,
    InProgress,
    AwaitingCitizen,
    Responded,
    Returned,
    Closed,
}

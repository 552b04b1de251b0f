namespace CallCentre.Domain.Cases;

/// <summary>The three states citizens know from "Check My Service".</summary>
public enum PublicStatus
{
    New,
    UnderConsideration,
    Responded,
}

/// <summary>Folds the internal statuses into what the public sees.</summary>
public static class PublicStatuses
{
    public static PublicStatus Of(CaseStatus status) => status switch
    {
        CaseStatus.Registered or CaseStatus.Assigned or CaseStatus.Returned => PublicStatus.New,
        CaseStatus.InProgress or CaseStatus.AwaitingCitizen => PublicStatus.UnderConsideration,
        _ => PublicStatus.Responded,
    };
}

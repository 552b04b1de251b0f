namespace CallCentre.Domain.Cases;

/// <summary>How a case ended up, as reported with the response (or set when it is closed as a duplicate or withdrawn).</summary>
public enum Resolution
{
    Resolved,
    PartlyResolved,
    NotResolvedExplained,
    NotInJurisdiction,
    Duplicate,
    Withdrawn,
}

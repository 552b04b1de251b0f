namespace CallCentre.Domain.Cases;

/// <summary>The columns a case list can be ordered by.</summary>
public enum CaseSort
{
    RegisteredAt,
    Reference,
    Status,
    Type,
    Organisation,
}

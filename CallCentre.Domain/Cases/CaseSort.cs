namespace CallCentre.Domain.Cases;

/// <summary>The columns a case list can be ordered by.</summary>
public enum CaseSort
{
    /// <summary>Registration order, by id: ids are given in the order cases are registered.</summary>
    RegisteredAt,
    Reference,
    Status,
    Type,
    Organisation,
}

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

    /// <summary>The assigned organisation's respond-by deadline, soonest first when ascending; cases without one come first.</summary>
    RespondBy,
}

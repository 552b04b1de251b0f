namespace CallCentre.Domain.Workflow;

/// <summary>How a move ended.</summary>
public enum CaseMoveOutcome
{
    /// <summary>Saved.</summary>
    Done,

    /// <summary>A field is wrong; <see cref="CaseMoveResult.Errors"/> says which. Nothing changed.</summary>
    Invalid,

    /// <summary>Not allowed now or not for this user; <see cref="CaseMoveResult.RefusalKey"/> says why. Nothing changed.</summary>
    Refused,

    /// <summary>No such case, or one the user may not see: the same answer, so nobody learns it exists.</summary>
    NotFound,

    /// <summary>Someone else changed the case since the user loaded it; their input comes back untouched to re-apply.</summary>
    Conflict,
}

namespace CallCentre.Domain.Cases;

/// <summary>The moves a case can make; <see cref="CaseTransitions"/> says from where and by whom.</summary>
public enum CaseAction
{
    Register,
    Assign,
    CloseAtFirstContact,
    Acknowledge,
    AskCitizen,
    RecordCitizenAnswer,
    Respond,
    Return,
    Reroute,
    AssignOfficer,
    RequestExtension,
    ApproveExtension,
    RefuseExtension,
    Reopen,
    Close,
    MarkDuplicate,
    Withdraw,
    AddNote,

    /// <summary>Records the citizen's rating of the latest response (on a callback).</summary>
    Rate,
}

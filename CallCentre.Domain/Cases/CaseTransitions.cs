using CallCentre.Domain.Accounts;

namespace CallCentre.Domain.Cases;

/// <summary>The one table of allowed moves: for each action, the statuses it may start from, where it leads and who may take it.</summary>
public static class CaseTransitions
{
    private static readonly CaseStatus[] Open =
        [CaseStatus.Registered, CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.AwaitingCitizen, CaseStatus.Returned];

    private static readonly string[] CallCentre = [Roles.Operator, Roles.Supervisor];
    private static readonly string[] Agency = [Roles.AgencyOfficer, Roles.AgencyHead];
    private static readonly string[] Staff = [Roles.Operator, Roles.Supervisor, Roles.AgencyOfficer, Roles.AgencyHead];

    public static readonly IReadOnlyList<CaseTransition> All =
    [
        new(CaseAction.Assign, [CaseStatus.Registered], CaseStatus.Assigned, CallCentre),
        new(CaseAction.CloseAtFirstContact, [CaseStatus.Registered], CaseStatus.Closed, CallCentre),
        new(CaseAction.Acknowledge, [CaseStatus.Assigned], CaseStatus.InProgress, Agency),
        new(CaseAction.AskCitizen, [CaseStatus.InProgress], CaseStatus.AwaitingCitizen, Agency),

        // The citizen may answer the agency directly or by calling the centre.
        new(CaseAction.RecordCitizenAnswer, [CaseStatus.AwaitingCitizen], CaseStatus.InProgress, Staff),
        new(CaseAction.Respond, [CaseStatus.InProgress], CaseStatus.Responded, Agency),

        // An officer may find only after acknowledging that the case is not theirs.
        new(CaseAction.Return, [CaseStatus.Assigned, CaseStatus.InProgress], CaseStatus.Returned, Agency),
        new(CaseAction.Reroute, [CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.Returned], CaseStatus.Assigned, [Roles.Supervisor]),
        new(CaseAction.AssignOfficer, [CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.AwaitingCitizen], null, [Roles.AgencyHead]),
        new(CaseAction.RequestExtension, [CaseStatus.InProgress, CaseStatus.AwaitingCitizen], null, Agency),
        new(CaseAction.ApproveExtension, [CaseStatus.InProgress, CaseStatus.AwaitingCitizen], null, [Roles.AgencyHead]),
        new(CaseAction.RefuseExtension, [CaseStatus.InProgress, CaseStatus.AwaitingCitizen], null, [Roles.AgencyHead]),
        new(CaseAction.Reopen, [CaseStatus.Responded, CaseStatus.Closed], CaseStatus.InProgress, CallCentre),
        new(CaseAction.Close, [CaseStatus.Responded], CaseStatus.Closed, CallCentre),
        new(CaseAction.MarkDuplicate, Open, CaseStatus.Closed, [Roles.Operator, Roles.Supervisor, Roles.AgencyHead]),
        new(CaseAction.Withdraw, [.. Open, CaseStatus.Responded], CaseStatus.Closed, Staff),
        new(CaseAction.AddNote, Enum.GetValues<CaseStatus>(), null, Staff),

        // The operator records the citizen's satisfaction on a callback once there is an answer to rate.
        new(CaseAction.Rate, [CaseStatus.Responded, CaseStatus.Closed], null, CallCentre),
    ];

    /// <summary>Roles that may register a case (registration has no "from" status).</summary>
    public static readonly IReadOnlyList<string> RegisterRoles = CallCentre;

    public static CaseTransition For(CaseAction action) => All.Single(t => t.Action == action);

    public static bool IsAllowed(CaseAction action, CaseStatus from, Actor actor)
    {
        var transition = For(action);
        return transition.From.Contains(from) && actor.IsInAny(transition.Roles);
    }

    /// <summary>Throws the domain error a user reads when the move is not allowed now or not for them.</summary>
    public static CaseTransition Check(CaseAction action, CaseStatus from, Actor actor)
    {
        var transition = For(action);
        if (!actor.IsInAny(transition.Roles))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        if (!transition.From.Contains(from))
        {
            throw new DomainException("Case.NotAllowedInStatus");
        }

        return transition;
    }
}

/// <summary>
/// One row of the table: an action, the statuses it starts from, the status it leads to (null: it stays where it is),
/// and the roles that may take it.
/// </summary>
public sealed record CaseTransition(CaseAction Action, IReadOnlyList<CaseStatus> From, CaseStatus? To, IReadOnlyList<string> Roles)
{
    /// <summary>Where the case is after the move from <paramref name="from"/>.</summary>
    public CaseStatus Leads(CaseStatus from) => To ?? from;
}

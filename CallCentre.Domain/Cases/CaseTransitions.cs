using CallCentre.Domain.Accounts;

namespace CallCentre.Domain.Cases;

/// <summary>The one table of allowed moves: for each action, the statuses it may start from, where it leads and who may take it.</summary>
public static class CaseTransitions
{
    public static readonly IReadOnlyList<CaseTransition> All =
    [
        new(CaseAction.Assign, [CaseStatus.Registered], CaseStatus.Assigned, [Roles.Operator, Roles.Supervisor]),
        new(CaseAction.CloseAtFirstContact, [CaseStatus.Registered], CaseStatus.Closed, [Roles.Operator, Roles.Supervisor]),
    ];

    /// <summary>Roles that may register a case (registration has no "from" status).</summary>
    public static readonly IReadOnlyList<string> RegisterRoles = [Roles.Operator, Roles.Supervisor];

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

/// <summary>One row of the table: an action, the statuses it starts from, the status it leads to, and the roles that may take it.</summary>
public sealed record CaseTransition(CaseAction Action, IReadOnlyList<CaseStatus> From, CaseStatus To, IReadOnlyList<string> Roles);

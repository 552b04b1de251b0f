using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Returns the case as not ours, with the reason, to the supervisors.</summary>
public sealed record ReturnMove : CaseMove
{
    public string? Reason { get; init; }

    public override CaseAction Action => CaseAction.Return;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? reason) => Errors(
        (nameof(Reason), CaseRules.Reason(reason)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Reason);

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Return(Reason!, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

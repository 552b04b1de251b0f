using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Closes the case because the citizen withdrew it.</summary>
public sealed record WithdrawMove : CaseMove
{
    public string? Reason { get; init; }

    public override CaseAction Action => CaseAction.Withdraw;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? reason) => Errors(
        (nameof(Reason), CaseRules.Reason(reason)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Reason);

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Withdraw(Reason!, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

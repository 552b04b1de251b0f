using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Closes a responded case.</summary>
public sealed record CloseMove : CaseMove
{
    public string? Remark { get; init; }

    public override CaseAction Action => CaseAction.Close;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? remark) => Errors(
        (nameof(Remark), CaseRules.OptionalRemark(remark)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Remark);

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Close(Remark, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

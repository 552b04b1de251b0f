using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Closes a responded case.</summary>
public sealed record CloseMove : CaseMove
{
    public string? Remark { get; init; }

    public override CaseAction Action => CaseAction.Close;

    public override IReadOnlyDictionary<string, string> Validate() => Errors(
        (nameof(Remark), CaseRules.OptionalRemark(Remark)));

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Close(Remark, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

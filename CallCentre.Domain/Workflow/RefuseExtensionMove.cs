using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The head refuses the requested extension.</summary>
public sealed record RefuseExtensionMove : CaseMove
{
    public string? Remark { get; init; }

    public override CaseAction Action => CaseAction.RefuseExtension;

    public override IReadOnlyDictionary<string, string> Validate() => Errors(
        (nameof(Remark), CaseRules.OptionalRemark(Remark)));

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.RefuseExtension(Remark, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

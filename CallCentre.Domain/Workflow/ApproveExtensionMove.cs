using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The head grants the requested extension.</summary>
public sealed record ApproveExtensionMove : CaseMove
{
    public override CaseAction Action => CaseAction.ApproveExtension;

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.ApproveExtension(context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The organisation takes the case up.</summary>
public sealed record AcknowledgeMove : CaseMove
{
    public override CaseAction Action => CaseAction.Acknowledge;

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Acknowledge(context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The organisation's public answer and how the matter ended.</summary>
public sealed record RespondMove : CaseMove
{
    public string? Text { get; init; }

    public Resolution? Resolution { get; init; }

    public override CaseAction Action => CaseAction.Respond;

    public override IReadOnlyDictionary<string, string> Validate() => Errors(
        (nameof(Text), CaseRules.ResponseText(Text)),
        (nameof(Resolution), CaseRules.ResponseResolution(Resolution)));

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Respond(Text!, Resolution, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The organisation's public answer and how the matter ended.</summary>
public sealed record RespondMove : CaseMove
{
    public string? Text { get; init; }

    public Resolution? Resolution { get; init; }

    public override CaseAction Action => CaseAction.Respond;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? text, Resolution? resolution) => Errors(
        (nameof(Text), CaseRules.ResponseText(text)),
        (nameof(Resolution), CaseRules.ResponseResolution(resolution)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Text, Resolution);

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Respond(Text!, Resolution, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Reopens the case on the citizen's dispute of the answer.</summary>
public sealed record ReopenMove : CaseMove
{
    public string? Reason { get; init; }

    public override CaseAction Action => CaseAction.Reopen;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? reason) => Errors(
        (nameof(Reason), CaseRules.Reason(reason)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Reason);

    internal override async Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.Reopen(Reason!, await context.ClockAsync(cancellationToken), context.Actor, context.Visibility, context.NowUtc);
        return NoErrors;
    }
}

using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Writes down the citizen's answer.</summary>
public sealed record RecordCitizenAnswerMove : CaseMove
{
    public string? Answer { get; init; }

    public override CaseAction Action => CaseAction.RecordCitizenAnswer;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? answer) => Errors(
        (nameof(Answer), CaseRules.CitizenMessage(answer)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Answer);

    internal override async Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.RecordCitizenAnswer(Answer!, await context.ClockAsync(cancellationToken), context.Actor, context.Visibility, context.NowUtc);
        return NoErrors;
    }
}

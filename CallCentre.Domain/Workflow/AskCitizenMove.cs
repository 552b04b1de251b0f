using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Asks the citizen for information; the case waits for their answer.</summary>
public sealed record AskCitizenMove : CaseMove
{
    public string? Question { get; init; }

    public override CaseAction Action => CaseAction.AskCitizen;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? question) => Errors(
        (nameof(Question), CaseRules.CitizenMessage(question)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Question);

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.AskCitizen(Question!, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

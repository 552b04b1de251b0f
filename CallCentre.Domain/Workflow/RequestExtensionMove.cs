using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Asks the organisation's head for a later deadline.</summary>
public sealed record RequestExtensionMove : CaseMove
{
    public DateTime? UntilUtc { get; init; }

    public string? Reason { get; init; }

    public override CaseAction Action => CaseAction.RequestExtension;

    public override IReadOnlyDictionary<string, string> Validate() => Errors(
        (nameof(UntilUtc), UntilUtc is null ? "Case.ExtensionDateRequired" : null),
        (nameof(Reason), CaseRules.Reason(Reason)));

    public override string? FieldOf(string errorKey) => errorKey.StartsWith("Case.Extension", StringComparison.Ordinal) ? nameof(UntilUtc) : null;

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.RequestExtension(UntilUtc!.Value, Reason!, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

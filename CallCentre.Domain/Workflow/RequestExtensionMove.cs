using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Asks the organisation's head for a later deadline.</summary>
public sealed record RequestExtensionMove : CaseMove
{
    public DateTime? UntilUtc { get; init; }

    public string? Reason { get; init; }

    public override CaseAction Action => CaseAction.RequestExtension;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(DateTime? untilUtc, string? reason) => Errors(
        (nameof(UntilUtc), untilUtc is null ? "Case.ExtensionDateRequired" : null),
        (nameof(Reason), CaseRules.Reason(reason)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(UntilUtc, Reason);

    public override string? FieldOf(string errorKey) => errorKey.StartsWith("Case.Extension", StringComparison.Ordinal) ? nameof(UntilUtc) : null;

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.RequestExtension(UntilUtc!.Value, Reason!, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

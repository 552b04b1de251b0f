using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The head refuses the requested extension.</summary>
public sealed record RefuseExtensionMove : CaseMove
{
    public string? Remark { get; init; }

    public override CaseAction Action => CaseAction.RefuseExtension;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? remark) => Errors(
        (nameof(Remark), CaseRules.OptionalRemark(remark)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Remark);

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.RefuseExtension(Remark, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}

using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>Closes the case as a duplicate of another, found by its reference number.</summary>
public sealed record MarkDuplicateMove : CaseMove
{
    public string? PrimaryReference { get; init; }

    public override CaseAction Action => CaseAction.MarkDuplicate;

    /// <summary>The move's field rules, field → message key (what they refer to is checked against the database).</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? primaryReference) => Errors(
        (nameof(PrimaryReference), ReferenceNumber.TryParse(primaryReference, out _) ? null : "Case.PrimaryCaseUnknown"));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(PrimaryReference);

    public override string? FieldOf(string errorKey) => errorKey == "Case.DuplicateOfItself" ? nameof(PrimaryReference) : null;

    internal override async Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        // Only a case the actor may see: a wrong guess must not tell them another organisation's reference exists.
        var reference = ReferenceNumber.Parse(PrimaryReference!).ToString();
        var primary = await context.Visibility.Apply(context.Db.Cases.AsNoTracking())
            .Where(c => c.Reference == reference)
            .Select(c => new { c.Id, c.Reference })
            .FirstOrDefaultAsync(cancellationToken);
        if (primary is null)
        {
            return Errors((nameof(PrimaryReference), "Case.PrimaryCaseUnknown"));
        }

        @case.MarkDuplicate(primary.Id, primary.Reference, context.Actor, context.Visibility, context.NowUtc);
        return NoErrors;
    }
}

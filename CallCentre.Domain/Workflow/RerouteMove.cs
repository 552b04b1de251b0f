using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>A supervisor sends the case to another organisation.</summary>
public sealed record RerouteMove : CaseMove
{
    public int? OrganisationId { get; init; }

    public override CaseAction Action => CaseAction.Reroute;

    /// <summary>The move's field rules, field → message key (what they refer to is checked against the database).</summary>
    public static IReadOnlyDictionary<string, string> Rules(int? organisationId) => Errors(
        (nameof(OrganisationId), organisationId is null ? "Case.OrganisationRequired" : null));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(OrganisationId);

    public override string? FieldOf(string errorKey) => errorKey == "Case.RerouteToSameOrganisation" ? nameof(OrganisationId) : null;

    internal override async Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        if (!await context.Db.Organisations.AnyAsync(o => o.Id == OrganisationId && o.IsActive, cancellationToken))
        {
            return Errors((nameof(OrganisationId), "Case.OrganisationUnknown"));
        }

        @case.Reroute(OrganisationId!.Value, await context.ClockAsync(cancellationToken), context.Actor, context.Visibility, context.NowUtc);
        return NoErrors;
    }
}

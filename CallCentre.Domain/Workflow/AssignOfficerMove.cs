using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>The organisation's head gives the case to one of the organisation's officers.</summary>
public sealed record AssignOfficerMove : CaseMove
{
    public string? OfficerId { get; init; }

    public override CaseAction Action => CaseAction.AssignOfficer;

    /// <summary>The move's field rules, field → message key (what they refer to is checked against the database).</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? officerId) => Errors(
        (nameof(OfficerId), string.IsNullOrWhiteSpace(officerId) ? "Case.OfficerRequired" : null));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(OfficerId);

    internal override async Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        var officer = await CaseOfficers.Of(context.Db, @case.AssignedOrganisationId)
            .Where(u => u.Id == OfficerId)
            .Select(u => new { u.Id, u.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        if (officer is null)
        {
            return Errors((nameof(OfficerId), "Case.OfficerNotInOrganisation"));
        }

        @case.AssignOfficer(officer.Id, officer.DisplayName, context.Actor, context.Visibility, context.NowUtc);
        return NoErrors;
    }
}

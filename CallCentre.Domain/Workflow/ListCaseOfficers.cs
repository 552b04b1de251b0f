using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>The case whose organisation's officers to list.</summary>
public sealed record ListCaseOfficersInput(int CaseId);

/// <summary>The officers of a case's organisation, for its head's picker; nothing for a case the actor may not see.</summary>
public sealed class ListCaseOfficers(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OfficerChoice>> RunAsync(ListCaseOfficersInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var caseId = input.CaseId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var organisationId = await visibility.Apply(db.Cases.AsNoTracking()).Where(c => c.Id == caseId)
            .Select(c => c.AssignedOrganisationId).FirstOrDefaultAsync(cancellationToken);
        if (organisationId is null)
        {
            return [];
        }

        return await CaseOfficers.Of(db, organisationId).AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new OfficerChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }
}

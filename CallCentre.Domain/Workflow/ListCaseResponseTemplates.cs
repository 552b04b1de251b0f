using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>The case whose organisation's templates the respond dialog offers.</summary>
public sealed record ListCaseResponseTemplatesInput(int CaseId);

/// <summary>The response templates of a case's organisation, for its respond dialog; nothing when the actor may not see the case.</summary>
public sealed class ListCaseResponseTemplates(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ResponseTemplateRow>> RunAsync(ListCaseResponseTemplatesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var organisationId = await visibility.Apply(db.Cases.AsNoTracking()).Where(c => c.Id == input.CaseId)
            .Select(c => c.AssignedOrganisationId).FirstOrDefaultAsync(cancellationToken);
        return organisationId is null ? [] : await ListResponseTemplates.RowsAsync(db, organisationId.Value, cancellationToken);
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>An organisation's response templates: for the respond dialog of a case, or for the page that edits them.</summary>
public sealed class ListResponseTemplates(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    /// <summary>The templates of the case's organisation; nothing when the actor may not see the case.</summary>
    public async Task<IReadOnlyList<ResponseTemplateRow>> ForCaseAsync(int caseId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var organisationId = await visibility.Apply(db.Cases.AsNoTracking()).Where(c => c.Id == caseId)
            .Select(c => c.AssignedOrganisationId).FirstOrDefaultAsync(cancellationToken);
        return organisationId is null ? [] : await RowsAsync(db, organisationId.Value, cancellationToken);
    }

    /// <summary>The templates an editor manages; nothing for anyone who may not edit them.</summary>
    public async Task<IReadOnlyList<ResponseTemplateRow>> ForOrganisationAsync(int organisationId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ResponseTemplateRules.CanEdit(actor, organisationId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RowsAsync(db, organisationId, cancellationToken);
    }

    private static async Task<IReadOnlyList<ResponseTemplateRow>> RowsAsync(CallCentreDbContext db, int organisationId, CancellationToken cancellationToken) =>
        await db.ResponseTemplates.AsNoTracking().Where(t => t.OrganisationId == organisationId)
            .OrderBy(t => t.Title).ThenBy(t => t.Id)
            .Select(t => new ResponseTemplateRow(t.Id, t.OrganisationId, t.Title, t.Text, t.UpdatedAtUtc))
            .ToListAsync(cancellationToken);
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>The organisation whose templates an editor manages.</summary>
public sealed record ListResponseTemplatesInput(int OrganisationId);

/// <summary>An organisation's response templates, for the page that edits them; nothing for anyone who may not edit them.</summary>
public sealed class ListResponseTemplates(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ResponseTemplateRow>> RunAsync(ListResponseTemplatesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ResponseTemplateRules.CanEdit(actor, input.OrganisationId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RowsAsync(db, input.OrganisationId, cancellationToken);
    }

    internal static async Task<IReadOnlyList<ResponseTemplateRow>> RowsAsync(CallCentreDbContext db, int organisationId, CancellationToken cancellationToken) =>
        await db.ResponseTemplates.AsNoTracking().Where(t => t.OrganisationId == organisationId)
            .OrderBy(t => t.Title).ThenBy(t => t.Id)
            .Select(t => new ResponseTemplateRow(t.Id, t.OrganisationId, t.Title, t.Text, t.UpdatedAtUtc))
            .ToListAsync(cancellationToken);
}

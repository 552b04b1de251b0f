using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>The template to remove and the organisation it belongs to.</summary>
public sealed record DeleteResponseTemplateInput(int OrganisationId, int TemplateId);

/// <summary>Removes a response template (responses already given keep their text).</summary>
public sealed class DeleteResponseTemplate(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task RunAsync(DeleteResponseTemplateInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var (organisationId, templateId) = input;
        if (!ResponseTemplateRules.CanEdit(actor, organisationId))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.ResponseTemplates.Where(t => t.Id == templateId && t.OrganisationId == organisationId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new DomainException("Template.NotFound");
        }
    }
}

using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>What the template form sends: no id for a new template.</summary>
public sealed record SaveResponseTemplateInput(int? Id, int OrganisationId, string? Title, string? Text);

/// <summary>Creates or edits an organisation's response template; only its head or an administrator may.</summary>
public sealed class SaveResponseTemplate(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Saved with the template's id, or refused at its fields. Throws when the actor may not edit the organisation's templates.</summary>
    public async Task<SaveResult<int>> RunAsync(SaveResponseTemplateInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ResponseTemplateRules.CanEdit(actor, input.OrganisationId))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        var errors = new Dictionary<string, string>();
        if (ResponseTemplateRules.Title(input.Title) is { } titleError)
        {
            errors[nameof(input.Title)] = titleError;
        }

        if (ResponseTemplateRules.Text(input.Text) is { } textError)
        {
            errors[nameof(input.Text)] = textError;
        }

        if (errors.Count > 0)
        {
            return SaveResult<int>.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        ResponseTemplate template;
        if (input.Id is { } id)
        {
            // Looked up within the organisation: an id of another organisation's template is simply not there.
            template = await db.ResponseTemplates.FirstOrDefaultAsync(t => t.Id == id && t.OrganisationId == input.OrganisationId, cancellationToken)
                ?? throw new DomainException("Template.NotFound");
            template.Update(input.Title!, input.Text!, actor.UserId, now);
        }
        else
        {
            template = new ResponseTemplate(input.OrganisationId, input.Title!, input.Text!, actor.UserId, now);
            db.ResponseTemplates.Add(template);
        }

        await db.SaveChangesAsync(cancellationToken);
        return SaveResult<int>.Saved(template.Id);
    }
}

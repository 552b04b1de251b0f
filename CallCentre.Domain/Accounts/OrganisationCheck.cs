using CallCentre.Domain.UseCases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Accounts;

/// <summary>A user's organisation must exist and be active; a user may keep an organisation that was deactivated since.</summary>
internal static class OrganisationCheck
{
    public static async Task<FieldError?> CheckAsync(CallCentreDbContext db, int? organisationId, int? currentOrganisationId, CancellationToken cancellationToken)
    {
        if (organisationId is not { } id)
        {
            return null;
        }

        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.IsActive })
            .FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return new(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationNotFound);
        }

        return organisation.IsActive || id == currentOrganisationId ? null : new(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationInactive);
    }
}

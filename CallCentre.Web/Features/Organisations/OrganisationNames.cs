using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Localization;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Features.Organisations;

/// <summary>An organisation's name in the current language, for headers and labels.</summary>
public sealed class OrganisationNames(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<string?> GetAsync(int organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mongolian = CurrentLanguage.Value.IsMongolian;
        return await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => mongolian ? o.NameMn : o.NameEn)
            .FirstOrDefaultAsync(cancellationToken);
    }
}

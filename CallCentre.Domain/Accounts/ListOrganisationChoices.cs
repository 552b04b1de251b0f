using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Accounts;

/// <summary>The organisations a user can be placed in, for pickers and filters; the list is small enough to hold in a page.</summary>
public sealed class ListOrganisationChoices(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OrganisationChoice>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Code)
            .Select(o => new OrganisationChoice(o.Id, o.Code, o.NameMn, o.NameEn, o.IsActive))
            .ToListAsync(cancellationToken);
    }
}

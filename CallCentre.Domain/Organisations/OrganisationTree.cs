using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Organisations;

/// <summary>An organisation with the units below it, found by walking <see cref="Organisation.ParentId"/> (the table is small).</summary>
public static class OrganisationTree
{
    public static async Task<IReadOnlySet<int>> SelfAndDescendantsAsync(CallCentreDbContext db, int organisationId, CancellationToken cancellationToken = default)
    {
        var links = await db.Organisations.AsNoTracking().Where(o => o.ParentId != null)
            .Select(o => new { o.Id, ParentId = o.ParentId!.Value }).ToListAsync(cancellationToken);
        var children = links.ToLookup(o => o.ParentId, o => o.Id);
        var ids = new HashSet<int> { organisationId };
        var pending = new Queue<int>([organisationId]);
        while (pending.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(ids.Add))
            {
                pending.Enqueue(child);
            }
        }

        return ids;
    }
}

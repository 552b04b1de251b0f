using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Features.Live;

/// <summary>What a page calls to hear of the changes its user may see: works out their case visibility once, on the server.</summary>
public sealed class LiveCaseChanges(ICaseChangeFeed feed, IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<IDisposable> SubscribeAsync(Actor actor, Func<CaseChanged, Task> onChange, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        return feed.Subscribe(visibility, onChange);
    }
}

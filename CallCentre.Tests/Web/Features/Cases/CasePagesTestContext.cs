using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCentre.Tests.Web.Features.Cases;

/// <summary>The case pages' context: the shared one, plus the live feed the pages subscribe to and an attachments folder.</summary>
public abstract class CasePagesTestContext : CallCentreBunitContext
{
    /// <summary>The live feed the pages subscribe to; a test publishes to it, or saves through <see cref="LiveDatabase"/>.</summary>
    protected CaseChangeFeed Feed { get; } = new(NullLogger<CaseChangeFeed>.Instance);

    /// <summary>Contexts whose saves reach <see cref="Feed"/>, as the app's do.</summary>
    protected IDbContextFactory<CallCentreDbContext> LiveDatabase => new InterceptedDbContextFactory(Database.Database, new CaseChangeInterceptor(Feed, TimeProvider.System));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<ICaseChangeFeed>(Feed);
        Services.AddScoped<LiveCaseChanges>();

        // The case page hosts the attachments component; its folder is never written by these tests.
        Services.AddSingleton(new AttachmentSettings { Folder = Path.Combine(Path.GetTempPath(), "callcentre-tests", "no-attachments") });
    }

    /// <summary>Takes a case through one of its moves and saves through <see cref="LiveDatabase"/>, so open pages hear of it.</summary>
    protected async Task ActLiveAsync(int caseId, Actor actor, Action<Case, CaseVisibility, DateTime> act)
    {
        await using var db = LiveDatabase.CreateDbContext();
        var visibility = await CaseVisibility.ForAsync(db, actor);
        var @case = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == caseId);
        act(@case, visibility, DateTime.UtcNow);
        await db.SaveChangesAsync();
    }
}

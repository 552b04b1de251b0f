using CallCentre.Domain.Attachments;
using System.Security.Claims;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Cases;

/// <summary>A bUnit context for the case pages: MudBlazor, localization, the real use cases on a seeded SQLite database.</summary>
public abstract class CasePagesTestContext : BunitContext, IAsyncLifetime
{
    protected SeededDatabase Database { get; private set; } = null!;

    /// <summary>The live feed the pages subscribe to; a test publishes to it, or saves through <see cref="LiveDatabase"/>.</summary>
    protected CaseChangeFeed Feed { get; } = new(NullLogger<CaseChangeFeed>.Instance);

    /// <summary>Contexts whose saves reach <see cref="Feed"/>, as the app's do.</summary>
    protected IDbContextFactory<CallCentreDbContext> LiveDatabase => new InterceptedDbContextFactory(Database.Database, new CaseChangeInterceptor(Feed, TimeProvider.System));

    public virtual async Task InitializeAsync()
    {
        Database = await SeededDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<CallCentreDbContext>>(Database.Database);
        Services.AddSingleton(TimeProvider.System);
        Services.AddLocalization();
        Services.AddMudServices();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<SearchCases>();
        Services.AddScoped<ListCaseFilterChoices>();
        Services.AddScoped<GetCaseDetails>();
        Services.AddSingleton<ICaseChangeFeed>(Feed);
        Services.AddScoped<LiveCaseChanges>();
        Services.AddCaseWorkflow();

        // The case page hosts the attachments component; its folder is never written by these tests.
        var attachments = new AttachmentSettings { Folder = Path.Combine(Path.GetTempPath(), "callcentre-tests", "no-attachments") };
        Services.AddSingleton(attachments);
        Services.AddSingleton(new AttachmentStore(attachments));
        Services.AddScoped<ListAttachments>();
        Services.AddScoped<AddAttachment>();
        Services.AddScoped<ReleaseAttachment>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
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

    /// <summary>Signs the actor in, as the app's claims principal factory would.</summary>
    protected void SignIn(Actor actor)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(actor.DisplayName);
        authorization.SetRoles([.. actor.Roles]);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, actor.UserId), new(CallCentreClaims.DisplayName, actor.DisplayName) };
        if (actor.OrganisationId is { } organisationId)
        {
            claims.Add(new Claim(CallCentreClaims.OrganisationId, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        authorization.SetClaims([.. claims]);
    }
}

using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.Rendering;
using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CallCentre.Tests.Support;

/// <summary>
/// The one bUnit context of the component tests: MudBlazor (JS interop loose), localization, the culture put back after
/// the test, a fake sign-in, and the domain's use cases as the app registers them on a seeded SQLite database.
/// A test class adds only what its page needs beyond that (a live feed, a fake clock for one use case, a file store).
/// </summary>
public abstract class CallCentreBunitContext : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private SeededDatabase? _database;

    protected CallCentreBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
    }

    /// <summary>The seeded test database the use cases read and write.</summary>
    protected SeededDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    /// <summary>The registered clock. MudBlazor times its popovers and debouncing with it, so most pages keep the real one.</summary>
    protected virtual TimeProvider RegisteredClock => TimeProvider.System;

    /// <summary>False for a component that needs no database (or brings its own, as the users page does).</summary>
    protected virtual bool UsesSeededDatabase => true;

    public virtual async Task InitializeAsync()
    {
        Services.AddSingleton(RegisteredClock);
        if (!UsesSeededDatabase)
        {
            return;
        }

        _database = await SeededDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<CallCentreDbContext>>(_database.Database);
        Services.AddScoped<CurrentUser>();
        Services.AddCallCentreDomain();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;

        // MudBlazor's services dispose only asynchronously.
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await DisposeTestAsync();
    }

    /// <summary>What a test class holds beyond the database (a temporary folder, its own harness).</summary>
    protected virtual ValueTask DisposeTestAsync() => ValueTask.CompletedTask;

    /// <summary>Renders a page inside MudBlazor's popover, dialog and snackbar providers, as the app's layout does.</summary>
    protected IRenderedComponent<ContainerFragment> RenderWithProviders<TPage>()
        where TPage : IComponent => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<TPage>(3);
        builder.CloseComponent();
    });

    protected static void UseCulture(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    /// <summary>Signs the actor in, as the app's claims principal factory would.</summary>
    protected void SignIn(Actor actor)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(actor.DisplayName);
        authorization.SetRoles([.. actor.Roles]);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, actor.UserId), new(CallCentreClaims.DisplayName, actor.DisplayName) };
        if (actor.OrganisationId is { } organisationId)
        {
            claims.Add(new Claim(CallCentreClaims.OrganisationId, organisationId.ToString(CultureInfo.InvariantCulture)));
        }

        authorization.SetClaims([.. claims]);
    }
}

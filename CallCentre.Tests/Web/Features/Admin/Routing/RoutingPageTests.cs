using System.Globalization;
using System.Security.Claims;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Routing;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Admin.Routing;

public sealed class RoutingPageTests : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private SeededDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        await using (var db = _database.CreateDbContext())
        {
            db.RoutingRules.Add(new RoutingRule(await _database.TopicIdAsync("UTIL-WATER"), await _database.RegionIdAsync("UB-BZ"), await _database.OrganisationIdAsync("GOV-UB-BZ")));
            db.RoutingRules.Add(new RoutingRule(await _database.TopicIdAsync("TRAN-BUS"), null, await _database.OrganisationIdAsync("PTA")));
            await db.SaveChangesAsync();
        }

        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<CallCentreDbContext>>(_database.Database);
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<ListRoutingRules>();
        Services.AddScoped<ListRoutingChoices>();
        Services.AddScoped<PreviewRoute>();
        Services.AddScoped<SaveRoutingRule>();
        Services.AddScoped<DeleteRoutingRule>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Админ Тэмүүлэн");
        authorization.SetRoles(Roles.Administrator);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-id"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _culture;
        CultureInfo.CurrentCulture = _culture;
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("en-GB", "Utilities › Water and sewerage", "Ulaanbaatar › Bayanzürkh", "Public Transport Authority of Ulaanbaatar", "Anywhere")]
    [InlineData("mn-MN", "Нийтийн аж ахуй › Ус, ариутгах татуурга", "Улаанбаатар › Баянзүрх", "Нийтийн тээврийн газар", "Бүх газар")]
    public void Page_ForAnAdministrator_ListsTheRulesInTheCurrentLanguage(string culture, string topic, string place, string organisation, string anywhere)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        var page = Render<RoutingPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=routing-edit]").Count), TimeSpan.FromSeconds(10));
        var rows = page.Find("[data-testid=routing-grid] tbody").TextContent;
        Assert.Contains(topic, rows, StringComparison.Ordinal);
        Assert.Contains(place, rows, StringComparison.Ordinal);
        Assert.Contains(organisation, rows, StringComparison.Ordinal);
        Assert.Contains(anywhere, rows, StringComparison.Ordinal);
    }
}

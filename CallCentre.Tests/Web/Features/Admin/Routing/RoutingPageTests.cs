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

public sealed class RoutingPageTests : CallCentreBunitContext
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using (var db = Database.CreateDbContext())
        {
            db.RoutingRules.Add(new RoutingRule(await Database.TopicIdAsync("UTIL-WATER"), await Database.RegionIdAsync("UB-BZ"), await Database.OrganisationIdAsync("GOV-UB-BZ")));
            db.RoutingRules.Add(new RoutingRule(await Database.TopicIdAsync("TRAN-BUS"), null, await Database.OrganisationIdAsync("PTA")));
            await db.SaveChangesAsync();
        }

        SignIn(new Actor("admin-id", "Админ Тэмүүлэн", new HashSet<string> { Roles.Administrator }, null));
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

using System.Globalization;
using System.Security.Claims;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Routing;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Intake;
using CallCentre.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Intake;

/// <summary>bUnit with MudBlazor and the real intake use cases over a seeded SQLite database, signed in as an operator.</summary>
public abstract class IntakePageContext : CallCentreBunitContext
{
    /// <summary>The use cases' clock.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    protected Actor Operator { get; private set; } = null!;

    protected CallRegistrar Calls { get; private set; } = null!;

    protected IStringLocalizer<CaseResource> CaseText => Services.GetRequiredService<IStringLocalizer<CaseResource>>();

    protected IStringLocalizer<IntakeResource> IntakeText => Services.GetRequiredService<IStringLocalizer<IntakeResource>>();

    protected BunitJSModuleInterop Module { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Operator = await Database.AddActorAsync(Roles.Operator, "CC1111");
        Calls = new CallRegistrar(Database, Clock, Operator);

        Module = JSInterop.SetupModule("./Features/Intake/IntakePage.razor.js");
        Services.AddScoped<OrganisationNames>();

        // MudBlazor times its popovers and debouncing with the registered TimeProvider, so the page keeps the real one;
        // these two use cases get the fake clock, which decides registration dates and the duplicate window.
        Services.AddScoped(_ => new RegisterCase(Database.Database, Clock));
        Services.AddScoped(_ => new FindPossibleDuplicates(Database.Database, Clock));
        SignIn(Operator);
    }

    /// <summary>Where MudBlazor renders the lists of open autocompletes and selects.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    /// <summary>Renders the page in English (names and messages are then those of the neutral resources).</summary>
    protected IRenderedComponent<IntakePage> RenderPage()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        Popovers = Render<MudPopoverProvider>();
        return Render<IntakePage>();
    }

    /// <summary>Types into an autocomplete and picks the item the operator would pick.</summary>
    protected void Choose(IRenderedComponent<IntakePage> page, string inputId, string typed, string itemText)
    {
        page.Find("#" + inputId).Input(typed);
        Popovers.WaitForAssertion(() => Assert.Contains(Popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains(itemText, StringComparison.Ordinal)));
        Popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains(itemText, StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains(itemText, page.Find("#" + inputId).GetAttribute("value") ?? "", StringComparison.Ordinal));
    }

    protected void FillValidCall(IRenderedComponent<IntakePage> page, string phone = "9911-2233")
    {
        page.Find("#intake-Phone").Input(phone);
        page.Find("#intake-CallerName").Input("Бат-Эрдэнэ");
        Choose(page, "intake-TopicId", "water", "Water and sewerage");
        page.Find("#intake-Subject").Input("Халуун ус тасарсан");
        page.Find("#intake-Description").Input("Гурав хоног халуун усгүй байна.");
    }

    protected IReadOnlyList<string?> FocusedIds() =>
        Module.Invocations["focusElement"].Select(i => i.Arguments[0] as string).ToList();

    /// <summary>Waits until the page has moved the focus again (after <paramref name="focusCallsBefore"/> calls) and checks where to.</summary>
    protected void AssertFocusMovesTo(IRenderedComponent<IntakePage> page, int focusCallsBefore, string elementId) =>
        page.WaitForAssertion(() =>
        {
            var focused = FocusedIds();
            Assert.True(focused.Count > focusCallsBefore, "The focus did not move.");
            Assert.Equal(elementId, focused[^1]);
        });

    /// <summary>For what happens without a render (the draft is written from a timer): polls until the condition holds.</summary>
    protected static async Task EventuallyAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(50);
        }
    }

    protected async Task<string> OrganisationNameAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.Organisations.Where(o => o.Code == code).Select(o => o.NameEn).SingleAsync();
    }

    protected async Task<int> CountCasesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Cases.CountAsync();
    }
}

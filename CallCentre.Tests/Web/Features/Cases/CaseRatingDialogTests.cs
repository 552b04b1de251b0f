using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Cases;

public sealed class CaseRatingDialogTests : CasePagesTestContext
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private Actor _operator = null!;
    private Actor _officer = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        _operator = await Database.AddStaffAsync(Roles.Operator, "CC1111");
        _officer = await Database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
    }

    private async Task<int> RespondedAsync()
    {
        var id = (await Database.RegisterAsync(_operator, _clock)).CaseId;
        await Database.MoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = id });
        await Database.MoveAsync(_clock, _officer, new RespondMove { CaseId = id, Text = "Шугамыг засав.", Resolution = Resolution.Resolved });
        return id;
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage(int caseId)
    {
        var page = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<CasePage>(3);
            builder.AddAttribute(4, nameof(CasePage.Id), caseId);
            builder.CloseComponent();
        });
        page.WaitForElement("[data-testid=case-page]");
        return page;
    }

    private static void OpenRating(IRenderedComponent<Bunit.Rendering.ContainerFragment> page)
    {
        page.Find("[data-testid=move-Rate]").Click();
        page.WaitForElement("[data-testid=case-move-dialog]");
    }

    /// <summary>The radio input of an option (the test id may sit on the input or on the element around it).</summary>
    private static IElement Radio(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.Matches("input") ? element : element.QuerySelector("input[type=radio]")!;
    }

    private async Task<List<CaseRating>> RatingsAsync(int caseId)
    {
        await using var db = Database.CreateDbContext();
        return await db.CaseRatings.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync();
    }

    [Fact]
    public async Task WithoutScoreOrAnswer_TheMessagesShowAtTheFields_TheCommentIsKept_AndNothingIsSaved()
    {
        var id = await RespondedAsync();
        SignIn(_operator);
        var page = RenderPage(id);
        OpenRating(page);

        page.Find("textarea[data-testid=move-text]").Input("Удаан байсан");
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("Choose a score from 1 to 5.", page.Find("[data-testid=rate-score-error]").TextContent);
            Assert.Equal("Say whether the problem was solved.", page.Find("[data-testid=rate-solved-error]").TextContent);
        });
        Assert.Equal("Удаан байсан", page.Find("textarea[data-testid=move-text]").GetAttribute("value") ?? page.Find("textarea[data-testid=move-text]").TextContent);
        Assert.Empty(await RatingsAsync(id));
    }

    [Fact]
    public async Task ATooLongComment_IsRefusedAtTheField_AndKept()
    {
        var id = await RespondedAsync();
        SignIn(_operator);
        var page = RenderPage(id);
        OpenRating(page);
        var tooLong = new string('ү', RatingRules.CommentMaxLength + 1);

        Radio(page, "rate-score-3").Click();
        Radio(page, "rate-solved-Partly").Click();
        page.Find("textarea[data-testid=move-text]").Input(tooLong);
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() =>
        {
            var text = page.Find("textarea[data-testid=move-text]");
            Assert.Equal("true", text.GetAttribute("aria-invalid"));
            Assert.Contains("The comment is too long", text.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(await RatingsAsync(id));
    }

    [Fact]
    public async Task ChosenScoreAndAnswer_AreSaved_ThePageListsTheRating_AndNoLongerOffersToRate()
    {
        var id = await RespondedAsync();
        SignIn(_operator);
        var page = RenderPage(id);
        Assert.Equal("Not rated yet.", page.Find("[data-testid=case-ratings-none]").TextContent);
        OpenRating(page);

        Radio(page, "rate-score-4").Click();
        Radio(page, "rate-solved-Yes").Click();
        page.Find("textarea[data-testid=move-text]").Input("Баярлалаа");
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=case-move-dialog]")));
        page.WaitForAssertion(() =>
        {
            var rating = page.Find("[data-testid=case-rating]");
            Assert.Equal("4/5", rating.QuerySelector("[data-testid=case-rating-score]")!.TextContent);
            Assert.Equal("Problem solved: Yes", rating.QuerySelector("[data-testid=case-rating-solved]")!.TextContent);
            Assert.Equal("Баярлалаа", rating.QuerySelector("[data-testid=case-rating-comment]")!.TextContent);
            Assert.Contains(_operator.DisplayName, rating.TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(page.FindAll("[data-testid=move-Rate]"));
        Assert.Contains("Score 4/5 · problem solved: Yes", page.Find("[data-testid=case-timeline]").TextContent, StringComparison.Ordinal);
        var saved = Assert.Single(await RatingsAsync(id));
        Assert.Equal((4, ProblemSolved.Yes, "Баярлалаа"), (saved.Score, saved.Solved, saved.Comment));
    }

    [Fact]
    public async Task TheScore_IsChosenWithTheKeyboard_ByRadioButtons()
    {
        var id = await RespondedAsync();
        SignIn(_operator);
        var page = RenderPage(id);
        OpenRating(page);

        var radios = page.FindAll("[data-testid=rate-score] input[type=radio]");

        // Native radio buttons of one group: the browser moves the choice with the arrow keys.
        Assert.Equal(RatingRules.MaxScore, radios.Count);
        Assert.Single(radios.Select(r => r.GetAttribute("name")).Distinct());
        Assert.All(radios, r => Assert.NotEqual("true", r.GetAttribute("disabled")));
    }

    [Fact]
    public async Task AgencyOfficer_IsNotOfferedToRate()
    {
        var id = await RespondedAsync();
        SignIn(_officer);
        var page = RenderPage(id);

        Assert.Empty(page.FindAll("[data-testid=move-Rate]"));
    }

    [Fact]
    public async Task InMongolian_TheDialogAsksInMongolian()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("mn-MN");
        var id = await RespondedAsync();
        SignIn(_operator);
        var page = RenderPage(id);
        OpenRating(page);

        var dialog = page.Find("[data-testid=case-move-dialog]").TextContent;
        Assert.Contains("Асуудал тань шийдэгдсэн үү?", dialog, StringComparison.Ordinal);
        string[] scores = ["1 — огт сэтгэл хангалуун бус", "2 — сэтгэл хангалуун бус", "3 — дунд зэрэг", "4 — сэтгэл хангалуун", "5 — маш сэтгэл хангалуун"];
        var positions = scores.Select(label => dialog.IndexOf(label, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0) && positions.SequenceEqual(positions.Order()), dialog);
        Assert.DoesNotContain("Score.", dialog, StringComparison.Ordinal);
    }
}

using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.Cases;

public sealed class CaseActionsTests : CasePagesTestContext
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private Actor _operator = null!;
    private Actor _officer = null!;
    private Actor _head = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _operator = await Database.AddStaffAsync(Roles.Operator, "CC1111");
        _officer = await Database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _head = await Database.AddStaffAsync(Roles.AgencyHead, "USUG");
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

    private async Task<int> RegisterAsync(bool confidential = false) =>
        (await Database.RegisterAsync(_operator, _clock, new() { IsConfidential = confidential })).CaseId;

    private static void Open(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, CaseAction action)
    {
        page.Find($"[data-testid=move-{action}]").Click();
        page.WaitForElement("[data-testid=case-move-dialog]");
    }

    [Fact]
    public async Task Officer_IsOfferedOnlyTheAllowedMoves_AndAcknowledging_ShowsTheCaseInProgress()
    {
        var id = await RegisterAsync();
        SignIn(_officer);
        var page = RenderPage(id);

        Assert.Equal(
            ["move-Acknowledge", "move-Return", "move-Withdraw", "move-AddNote"],
            page.FindAll("[data-testid=case-moves] button").Select(b => b.GetAttribute("data-testid")));
        Open(page, CaseAction.Acknowledge);
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("In progress", page.Find("[data-testid=case-status]").TextContent, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=case-move-dialog]")));
        Assert.Contains("Acknowledge: saved.", page.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=move-Respond]"));
        Assert.Equal(CaseStatus.InProgress, (await Database.LoadCaseAsync(id)).Status);
    }

    [Fact]
    public async Task RespondDialog_WithoutTextOrResolution_ShowsTheMessagesAtTheFields_AndSavesNothing()
    {
        var id = await RegisterAsync();
        await Database.MoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = id });
        var stamp = await Database.StampAsync(id);
        SignIn(_officer);
        var page = RenderPage(id);

        Open(page, CaseAction.Respond);
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() =>
        {
            var text = page.Find("textarea[data-testid=move-text]");
            Assert.Equal("true", text.GetAttribute("aria-invalid"));
            Assert.Contains("Write the response to the citizen.", text.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Choose how the matter was resolved.", page.Find("[data-testid=case-move-dialog]").TextContent, StringComparison.Ordinal);
        });
        Assert.Equal(stamp, await Database.StampAsync(id));
    }

    [Fact]
    public async Task RespondDialog_WithATemplateAndAResolution_SavesTheResponse()
    {
        var id = await RegisterAsync();
        await Database.MoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = id });
        await new SaveResponseTemplate(Database.Database, _clock).RunAsync(
            new SaveResponseTemplateInput(null, await Database.OrganisationIdAsync("USUG"), "Засвар", "Шугамын засвар хийгдлээ."), _head);
        SignIn(_officer);
        var page = RenderPage(id);

        Open(page, CaseAction.Respond);
        page.WaitForElement("[data-testid=move-template]").Closest(".mud-input-control")!.MouseDown();
        page.WaitForElements(".mud-popover-provider .mud-list-item").Single(i => i.TextContent.Contains("Засвар", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Equal("Шугамын засвар хийгдлээ.", page.Find("textarea[data-testid=move-text]").GetAttribute("value") ?? page.Find("textarea[data-testid=move-text]").TextContent));
        page.Find("[data-testid=move-resolution]").Closest(".mud-input-control")!.MouseDown();
        page.WaitForElements(".mud-popover-provider .mud-list-item").Single(i => i.TextContent.Trim() == "Resolved").Click();
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal("Шугамын засвар хийгдлээ.", page.Find("[data-testid=case-response]").TextContent.Trim()));
        var saved = await Database.LoadCaseAsync(id);
        Assert.Equal((CaseStatus.Responded, Resolution.Resolved), (saved.Status, saved.Resolution));
    }

    [Fact]
    public async Task WhenSomeoneElseChangedTheCase_TheDialogShowsWhatChanged_KeepsTheText_AndAppliesItAgainOnRequest()
    {
        var id = await RegisterAsync();
        SignIn(_officer);
        var page = RenderPage(id);
        Open(page, CaseAction.AddNote);
        page.Find("textarea[data-testid=move-text]").Input("Миний тэмдэглэл");

        await Database.MoveAsync(_clock, _head, new AcknowledgeMove { CaseId = id });
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("In progress", page.Find("[data-testid=move-conflict]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Acknowledged", page.Find("[data-testid=move-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Миний тэмдэглэл", page.Find("textarea[data-testid=move-text]").GetAttribute("value") ?? page.Find("textarea[data-testid=move-text]").TextContent);
        Assert.DoesNotContain((await Database.LoadCaseAsync(id)).Events, e => e.Kind == CaseEventKind.NoteAdded);

        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=case-move-dialog]")));
        var note = Assert.Single((await Database.LoadCaseAsync(id)).Events, e => e.Kind == CaseEventKind.NoteAdded);
        Assert.Equal("Миний тэмдэглэл", note.Text);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=timeline-internal]")));
    }

    [Fact]
    public async Task AfterAMove_ThePageShowsTheMovesOwnResult_WithoutReadingTheWholeCaseAgain()
    {
        // Each read of a confidential caller's case by call-centre staff is audited: a second entry would be a second read.
        var id = await RegisterAsync(confidential: true);
        var supervisor = await Database.AddStaffAsync(Roles.Supervisor, "CC1111");
        SignIn(supervisor);
        var page = RenderPage(id);
        Assert.Equal(1, await ConfidentialReadsAsync());

        Open(page, CaseAction.AddNote);
        page.Find("textarea[data-testid=move-text]").Input("Дуудлагын тэмдэглэл");
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Дуудлагын тэмдэглэл", page.Find("[data-testid=case-timeline]").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, await ConfidentialReadsAsync());
        Assert.Single((await Database.LoadCaseAsync(id)).Events, e => e.Kind == CaseEventKind.NoteAdded);
    }

    private async Task<int> ConfidentialReadsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.CountAsync(e => e.Action == "Case.ConfidentialCallerViewed");
    }

    [Fact]
    public async Task AMoveNoLongerAllowed_IsRefusedWithAClearMessage_AndNothingChanges()
    {
        var id = await RegisterAsync();
        SignIn(_officer);
        var page = RenderPage(id);
        Open(page, CaseAction.Return);
        page.Find("textarea[data-testid=move-text]").Input("Манайх биш");
        await Database.MoveAsync(_clock, _head, new AcknowledgeMove { CaseId = id });
        await Database.MoveAsync(_clock, _head, new AskCitizenMove { CaseId = id, Question = "?" });

        page.Find("[data-testid=move-submit]").Click();
        page.WaitForElement("[data-testid=move-conflict]");
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("not possible in the case's current status", page.Find("[data-testid=move-refused]").TextContent, StringComparison.Ordinal));
        Assert.Equal(CaseStatus.AwaitingCitizen, (await Database.LoadCaseAsync(id)).Status);
    }

    [Fact]
    public async Task AskCitizenDialog_OnACaseThatIsNotConfidential_ShowsThePhone()
    {
        var id = await RegisterAsync();
        await Database.MoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = id });
        SignIn(_officer);

        var page = RenderPage(id);
        Open(page, CaseAction.AskCitizen);

        Assert.Equal("9911-2233", page.Find("[data-testid=ask-caller-phone]").TextContent.Trim());
    }

    [Fact]
    public async Task AskCitizenDialog_OnAConfidentialCase_ShowsNoContactDetails()
    {
        var id = await RegisterAsync(confidential: true);
        await Database.MoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = id });
        SignIn(_officer);

        var page = RenderPage(id);
        Open(page, CaseAction.AskCitizen);

        Assert.NotEmpty(page.FindAll("[data-testid=ask-caller-confidential]"));
        Assert.Empty(page.FindAll("[data-testid=ask-caller-phone]"));
        Assert.DoesNotContain("2233", page.Find("[data-testid=case-move-dialog]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_ApprovesTheRequestedExtension_AndThePageShowsTheNewDeadline()
    {
        var id = await RegisterAsync();
        await Database.MoveAsync(_clock, _officer, new AcknowledgeMove { CaseId = id });
        var until = (await Database.LoadCaseAsync(id)).RespondByUtc!.Value.AddDays(14);
        await Database.MoveAsync(_clock, _officer, new RequestExtensionMove { CaseId = id, UntilUtc = until, Reason = "Лабораторийн шинжилгээ" });
        SignIn(_head);
        var page = RenderPage(id);

        Assert.Empty(page.FindAll("[data-testid=move-RequestExtension]"));
        Open(page, CaseAction.ApproveExtension);
        Assert.Contains("Лабораторийн шинжилгээ", page.Find("[data-testid=move-extension]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=move-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal(CasePage.LocalTime(until), page.Find("[data-testid=case-respond-by]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=move-ApproveExtension]"));
        Assert.Equal((ExtensionState.Approved, until), ((await Database.LoadCaseAsync(id)).ExtensionState, (await Database.LoadCaseAsync(id)).RespondByUtc!.Value));
    }

    [Fact]
    public async Task Auditor_IsOfferedNoMoves()
    {
        var id = await RegisterAsync();
        SignIn(await Database.AddStaffAsync(Roles.Auditor));

        var page = RenderPage(id);

        Assert.Empty(page.FindAll("[data-testid=case-moves]"));
    }
}

using Bunit;
using CallCentre.Web.Features.Intake;

namespace CallCentre.Tests.Web.Features.Intake;

public sealed class IntakeDraftTests : IntakePageContext
{
    private string DraftKey => "callcentre.intake.draft." + Operator.UserId;

    [Fact]
    public async Task OpeningThePage_RestoresTheDraftLeftInTheBrowser_AndLooksTheCallerUp()
    {
        var earlier = await Calls.RegisterAsync("9911-2233");
        var draft = new IntakeForm { Phone = "99112233", CallerName = "Бат-Эрдэнэ", Subject = "Ус тасарсан" }.ToJson();
        Module.Setup<string?>("loadDraft", i => (string?)i.Arguments[0] == DraftKey).SetResult(draft);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal("Ус тасарсан", page.Find("#intake-Subject").GetAttribute("value")));
        Assert.Equal("99112233", page.Find("#intake-Phone").GetAttribute("value"));
        page.WaitForAssertion(() => Assert.Contains(earlier.Reference!, page.Find("[data-testid=intake-history]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_WritesTheDraftOnceTheOperatorPauses()
    {
        var page = RenderPage();

        page.Find("#intake-Subject").Input("Ус");
        page.Find("#intake-Subject").Input("Ус тасарсан");
        Assert.Empty(Module.Invocations["saveDraft"]);

        await EventuallyAsync(() => Module.Invocations["saveDraft"].Count > 0, "The draft was never written.");
        await Task.Delay(IntakePage.DraftDelay * 2);
        var saved = Assert.Single(Module.Invocations["saveDraft"]);
        Assert.Equal(DraftKey, saved.Arguments[0]);
        Assert.Equal("Ус тасарсан", IntakeForm.FromJson((string?)saved.Arguments[1])!.Subject);
    }

    [Fact]
    public async Task NewCall_ClearsTheFormAndTheDraft_AndFocusesThePhone()
    {
        var page = RenderPage();
        page.Find("#intake-Phone").Input("9911-2233");
        page.Find("#intake-Subject").Input("Ус тасарсан");
        var focusCalls = FocusedIds().Count;

        page.Find("[data-testid=intake-new-call]").Click();

        // The click is handled asynchronously (the draft is cleared in the browser first): wait for the render.
        page.WaitForAssertion(() =>
        {
            Assert.True(string.IsNullOrEmpty(page.Find("#intake-Subject").GetAttribute("value")));
            Assert.True(string.IsNullOrEmpty(page.Find("#intake-Phone").GetAttribute("value")));
            Assert.Contains(Module.Invocations["clearDraft"], i => (string?)i.Arguments[0] == DraftKey);
        });
        AssertFocusMovesTo(page, focusCalls, "intake-Phone");
        await Task.Delay(IntakePage.DraftDelay * 3);
        Assert.Empty(Module.Invocations["saveDraft"]);
    }

    [Fact]
    public void TheShortcutsAreRegistered_AndTheSaveShortcutSaves()
    {
        var page = RenderPage();
        Assert.NotEmpty(Module.Invocations["registerShortcuts"]);

        page.InvokeAsync(() => page.Instance.OnShortcut("save"));

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#intake-Phone").GetAttribute("aria-invalid")));
    }
}

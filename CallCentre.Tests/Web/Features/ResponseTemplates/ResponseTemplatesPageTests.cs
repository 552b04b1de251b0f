using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Tests.Support;
using CallCentre.Tests.Web.Features.Cases;
using CallCentre.Web.Features.ResponseTemplates;
using MudBlazor;

namespace CallCentre.Tests.Web.Features.ResponseTemplates;

public sealed class ResponseTemplatesPageTests : CasePagesTestContext
{
    private IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage()
    {
        var page = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<ResponseTemplatesPage>(3);
            builder.CloseComponent();
        });
        page.WaitForElement("[data-testid=template-form]");
        return page;
    }

    [Fact]
    public async Task Head_WithoutATitle_SeesTheMessageAtTheField_KeepsTheText_ThenSavesAndSeesTheTemplateListed()
    {
        SignIn(await Database.AddActorAsync(Roles.AgencyHead, "USUG"));
        var page = RenderPage();

        page.Find("textarea[data-testid=template-text]").Input("Шугамын засвар хийгдлээ.");
        page.Find("[data-testid=template-save]").Click();

        page.WaitForAssertion(() =>
        {
            var title = page.Find("input[data-testid=template-title]");
            Assert.Equal("true", title.GetAttribute("aria-invalid"));
            Assert.Contains("Give the template a title.", title.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(page.FindAll("[data-testid=template-row]"));

        page.Find("input[data-testid=template-title]").Input("Засвар");
        page.Find("[data-testid=template-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Засвар", Assert.Single(page.FindAll("[data-testid=template-row]")).TextContent, StringComparison.Ordinal));
    }
}

using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Cases;

namespace CallCentre.Tests.Web.Features.Cases;

public sealed class CasePageTests : CasePagesTestContext
{
    private Actor _operator = null!;
    private RegisteredCase _confidential = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _operator = await Database.AddActorAsync(Roles.Operator, "CC1111");
        _confidential = await Database.RegisterAsync(_operator, TimeProvider.System, new()
        {
            Subject = "Усны тоолуурын луйвар", Phone = "95556677", IsConfidential = true, RegisterNumber = "УБ99031512",
        });
    }

    [Fact]
    public async Task AgencyOfficer_OnAConfidentialCase_SeesTheCallerMaskedAndWhy()
    {
        SignIn(await Database.AddActorAsync(Roles.AgencyOfficer, "USUG"));

        var page = Render<CasePage>(p => p.Add(x => x.Id, _confidential.CaseId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-page]")));
        Assert.Contains("confidential", page.Find("[data-testid=case-caller-masked]").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.FindAll("[data-testid=case-caller-name]"));
        Assert.Empty(page.FindAll("[data-testid=case-caller-phone]"));
        Assert.DoesNotContain("Бат-Эрдэнэ", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("6677", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("УБ99031512", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Operator_OnTheSameCase_SeesTheCaller_AndTheWholeCase()
    {
        SignIn(_operator);

        var page = Render<CasePage>(p => p.Add(x => x.Id, _confidential.CaseId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-page]")));
        Assert.Empty(page.FindAll("[data-testid=case-caller-masked]"));
        Assert.Equal("Бат-Эрдэнэ Дорж", page.Find("[data-testid=case-caller-name]").TextContent.Trim());
        Assert.Equal("9555-6677", page.Find("[data-testid=case-caller-phone]").TextContent.Trim());
        Assert.Equal(_confidential.Reference, page.Find("[data-testid=case-reference]").TextContent.Trim());
        Assert.Equal(3, page.FindAll("[data-testid=case-timeline-entry]").Count);
        Assert.Equal(3, page.FindAll("[data-testid=timeline-public]").Count);
        Assert.Matches("(үлдсэн|left)$", page.Find("[data-testid=case-deadline]").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=case-acknowledge-by]"));
        Assert.Matches("(Хариу өгөх хугацаа|Respond by)", page.FindAll("[data-testid=case-timeline-entry]")[2].TextContent);
    }

    [Fact]
    public async Task OtherAgency_GetsNotFound()
    {
        SignIn(await Database.AddActorAsync(Roles.AgencyOfficer, "GPD"));

        var page = Render<CasePage>(p => p.Add(x => x.Id, _confidential.CaseId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=case-not-found]")));
        Assert.DoesNotContain(_confidential.Reference!, page.Markup, StringComparison.Ordinal);
    }
}

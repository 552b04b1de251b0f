using System.Net;
using System.Text.RegularExpressions;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Cases;

/// <summary>The case pages through the real app: sign-in, authorization and scoping end to end.</summary>
public sealed partial class CasePagesHttpTests : IClassFixture<CallCentreWebFactory>
{
    private const string Password = "demo-password-1111";
    private readonly CallCentreWebFactory _factory;

    public CasePagesHttpTests(CallCentreWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Anonymous_OpeningTheList_IsSentToSignIn()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/cases");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherAgencysOfficer_OpeningACase_GetsTheSameNotFoundAsForAMissingCase()
    {
        var usugCase = await RegisterUsugCaseAsync();
        var client = await SignInAsync("officer.gpd@demo.1111.mn");

        var foreign = await client.GetStringAsync($"/cases/{usugCase.CaseId}");
        var missing = await client.GetStringAsync("/cases/987654");

        Assert.Contains("data-testid=\"case-not-found\"", foreign, StringComparison.Ordinal);
        Assert.DoesNotContain(usugCase.Reference!, foreign, StringComparison.Ordinal);
        Assert.Equal(NotFoundBlock(missing), NotFoundBlock(foreign));
    }

    [Fact]
    public async Task OwnAgencysHead_OpeningTheCase_SeesIt()
    {
        var usugCase = await RegisterUsugCaseAsync();
        var client = await SignInAsync("head.usug@demo.1111.mn");

        var page = await client.GetStringAsync($"/cases/{usugCase.CaseId}");

        Assert.Contains("data-testid=\"case-page\"", page, StringComparison.Ordinal);
        Assert.Contains(usugCase.Reference!, page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"case-not-found\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_OpeningABookmarkedList_GetsThePageWithItsFilters()
    {
        var client = await SignInAsync("operator@demo.1111.mn");

        var response = await client.GetAsync("/cases?status=Assigned&type=Complaint&q=%D1%83%D1%81&from=2026-01-01&sort=Reference&dir=asc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("role=\"search\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"case-search\" id=", page, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"case-search\"[^>]*value=\"ус\"", page);
        Assert.Matches("data-testid=\"filter-from\"[^>]*value=\"2026.01.01\"", page);
    }

    private async Task<RegisteredCase> RegisterUsugCaseAsync()
    {
        _ = _factory.Server; // starts the app: migrations, reference data and demo accounts
        var dbFactory = _factory.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var @operator = await db.Users.SingleAsync(u => u.Email == "operator@demo.1111.mn");
        var topicId = await db.Topics.Where(t => t.Code == "UTIL-WATER").Select(t => t.Id).SingleAsync();
        var actor = new Actor(@operator.Id, @operator.DisplayName, new HashSet<string> { Roles.Operator }, @operator.OrganisationId);
        var result = await new RegisterCase(dbFactory, TimeProvider.System).RunAsync(
            new RegisterCaseInput { TopicId = topicId, Subject = "Ус алга", Description = "Хоёр хоног ус алга.", CallerName = "Дорж", Phone = "99001122" },
            actor);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Value!;
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Account/Login");
        var fields = HiddenInput().Matches(form)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value")))
            .Where(f => f.Name is "__RequestVerificationToken" or "_handler")
            .ToDictionary(f => f.Name!, f => WebUtility.HtmlDecode(f.Value ?? ""));
        fields["Input.Email"] = email;
        fields["Input.Password"] = Password;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/Account/Login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        return client;
    }

    private static string NotFoundBlock(string html)
    {
        var start = html.IndexOf("data-testid=\"case-not-found\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no not-found block");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\b" + name + "=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<input\b[^>]*\btype="hidden"[^>]*>""")]
    private static partial Regex HiddenInput();
}

using System.Net;
using System.Reflection;
using CallCentre.Domain.Access;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Infrastructure;

/// <summary>
/// The access table is the whole truth about who may go where: every page and endpoint has a row, carries the row's
/// policy, and answers every demo role and anonymous as the row says (allowed; sent to sign in; access denied).
/// </summary>
public sealed class AccessTableTests(AccessTableTests.App app) : IClassFixture<AccessTableTests.App>
{
    /// <summary>The app with a few demo cases, so that a page with an id opens a real one.</summary>
    public sealed class App : CallCentreWebFactory
    {
        public App() => Settings["DemoData:Cases"] = "3";
    }

    /// <summary>Each demo role once (the sign-in e-mail) and anonymous (empty).</summary>
    public static TheoryData<string> Visitors =>
    [
        "", "operator@demo.1111.mn", "supervisor@demo.1111.mn", "auditor@demo.1111.mn", "admin@demo.1111.mn",
        "officer.usug@demo.1111.mn", "head.usug@demo.1111.mn",
    ];

    private static readonly Dictionary<string, string[]> _rolesOf = new()
    {
        [""] = [],
        ["operator@demo.1111.mn"] = [Roles.Operator],
        ["supervisor@demo.1111.mn"] = [Roles.Supervisor],
        ["auditor@demo.1111.mn"] = [Roles.Auditor],
        ["admin@demo.1111.mn"] = [Roles.Administrator],
        ["officer.usug@demo.1111.mn"] = [Roles.AgencyOfficer],
        ["head.usug@demo.1111.mn"] = [Roles.AgencyHead],
    };

    [Fact]
    public void EveryRoutablePage_HasARow_AndCarriesItsPolicy()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Type: t, r.Template)))
            .ToList();
        Assert.NotEmpty(pages);

        var problems = pages.Select(p => Problem(p.Template, p.Type.GetCustomAttributes(true), AccessEntryKind.Page, p.Type.Name)).OfType<string>().ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryMappedEndpoint_HasARow_AndCarriesItsPolicy()
    {
        _ = app.Server;
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.Contains(endpoints, e => AccessTable.Route(e.RoutePattern) == "/health");

        var problems = endpoints
            .Select(e => Problem(AccessTable.Route(e.RoutePattern), e.Metadata, kind: null, e.DisplayName ?? ""))
            .OfType<string>().Distinct().ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AnEndpointNobodyListed_NeedsASignedInUser()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;

        Assert.NotNull(options.FallbackPolicy);
        Assert.Contains(options.FallbackPolicy.Requirements, r => r is Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement);
        Assert.Null(AccessTable.Find("/a-page-nobody-listed"));
    }

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EachVisitor_GetsTheAnswerTheTableSays(string email)
    {
        var client = email.Length == 0
            ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : await WebSignIn.ClientForAsync(app, email);
        var caseId = await SomeCaseIdAsync();
        var wrong = new List<string>();

        foreach (var entry in AccessTable.Entries.Where(e => e.Kind != AccessEntryKind.Prefix && IsGet(e)))
        {
            var url = entry.Route
                .Replace("{Id:int}", caseId.ToString(), StringComparison.Ordinal)
                .Replace("{caseId:int}", caseId.ToString(), StringComparison.Ordinal)
                .Replace("{attachmentId:int}", "1", StringComparison.Ordinal)
                .Replace("{requestId:int}", "1", StringComparison.Ordinal)
                .Replace("/{**path}", "", StringComparison.Ordinal);
            var expected = AccessPolicies.Allows(entry.Policy, email.Length > 0, _rolesOf[email])
                ? Answer.Allowed
                : email.Length == 0 ? Answer.SignIn : Answer.Denied;

            using var response = await client.GetAsync(url);
            var actual = AnswerOf(response);
            if (actual != expected || (expected == Answer.Allowed && entry.Kind == AccessEntryKind.Page && !IsPageShown(response)))
            {
                wrong.Add($"{url} ({entry.Policy}): expected {expected}, got {actual} {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(wrong.Count == 0, $"As {(email.Length == 0 ? "anonymous" : email)}:\n" + string.Join("\n", wrong));
    }

    private enum Answer
    {
        Allowed,
        SignIn,
        Denied,
    }

    private static Answer AnswerOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Answer.SignIn,
            HttpStatusCode.Forbidden => Answer.Denied,
            HttpStatusCode.Redirect when location.Contains("/Account/Login?ReturnUrl=", StringComparison.OrdinalIgnoreCase) => Answer.SignIn,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) => Answer.Denied,
            _ => Answer.Allowed,
        };
    }

    /// <summary>An allowed page answers with itself, or sends the visitor on as the page itself decides (never to an error).</summary>
    private static bool IsPageShown(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.NotFound;

    private static bool IsGet(AccessEntry entry) => entry.Route is not "/Account/Logout";

    private static string? Problem(string route, IEnumerable<object> metadata, AccessEntryKind? kind, string name)
    {
        if (AccessTable.Find(route) is not { } entry)
        {
            return $"{route} ({name}) has no row in AccessTable.";
        }

        if (kind is { } expected && entry.Kind != expected)
        {
            return $"{route} ({name}) is listed as {entry.Kind}, not {expected}.";
        }

        var items = metadata.ToList();
        if (entry is { Kind: AccessEntryKind.Endpoint, Policy: AccessPolicies.SignedIn } && !items.OfType<IAuthorizeData>().Any() && !items.OfType<IAllowAnonymous>().Any())
        {
            return null; // the fallback policy is exactly "signed in"
        }

        var anonymous = items.OfType<IAllowAnonymous>().Any();
        var policies = items.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var byRoles = items.OfType<IAuthorizeData>().Any(a => a.Roles is not null);
        var carries = entry.Policy == AccessPolicies.Anonymous
            ? anonymous
            : !anonymous && !byRoles && policies.Count > 0 && policies.All(p => p == entry.Policy);
        return carries ? null : $"{route} ({name}) should carry {entry.Policy}; it carries [{string.Join(", ", policies)}]{(anonymous ? " AllowAnonymous" : "")}{(byRoles ? " and role lists" : "")}.";
    }

    private async Task<int> SomeCaseIdAsync()
    {
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Cases.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }
}

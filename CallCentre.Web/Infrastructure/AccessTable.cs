using CallCentre.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CallCentre.Web.Infrastructure;

/// <summary>
/// Who may open every page and call every endpoint: one row per route, naming a policy of <see cref="AccessPolicies"/>
/// (whose role sets live in Domain). The policies are registered from it, the navigation and the tests read it, and
/// every endpoint that is not a page gets its authorization from it. Anything not listed falls to the fallback policy
/// (signed-in users only) and fails <c>AccessTableTests</c>.
/// <para>
/// Adding a page: give the component <c>[Authorize(Policy = AccessPolicies.X)]</c> (or <c>[AllowAnonymous]</c> for
/// <see cref="AccessPolicies.Anonymous"/>) and add a row with its <c>@page</c> route here, exactly as written there.
/// Adding an endpoint: add a row with its route pattern and call <c>.WithAccessFromTable()</c> on what <c>Map…</c>
/// returns; do not call <c>RequireAuthorization</c> yourself. A new role set goes in <see cref="RoleSets"/> with a
/// policy in <see cref="AccessPolicies"/>. The access test then visits the route as every demo role and anonymous;
/// the accessibility sweep visits pages listed with <see cref="AccessEntry.Sweep"/>.
/// </para>
/// </summary>
public static class AccessTable
{
    public static readonly IReadOnlyList<AccessEntry> Entries =
    [
        // Pages of the staff shell.
        AccessEntry.Page("/", AccessPolicies.SignedIn),
        AccessEntry.Page("/inbox", AccessPolicies.Agency),
        AccessEntry.Page("/queues", AccessPolicies.Supervision),
        AccessEntry.Page("/board", AccessPolicies.Supervision),
        AccessEntry.Page("/intake", AccessPolicies.Intake),
        AccessEntry.Page("/cases", AccessPolicies.Staff),
        AccessEntry.Page("/cases/{Id:int}", AccessPolicies.Staff),
        AccessEntry.Page("/agency/templates", AccessPolicies.TemplateEditors),
        AccessEntry.Page("/admin/users", AccessPolicies.Administration),
        AccessEntry.Page("/admin/routing", AccessPolicies.Administration),
        AccessEntry.Page("/admin/calendar", AccessPolicies.Administration),
        AccessEntry.Page("/admin/sla", AccessPolicies.Administration),
        AccessEntry.Page("/reports", AccessPolicies.ReportReaders),
        AccessEntry.Page("/audit", AccessPolicies.AuditReaders),
        AccessEntry.Page("/notifications", AccessPolicies.SignedIn),
        AccessEntry.Page("/notifications/preferences", AccessPolicies.SignedIn),

        // Identity pages (static server-rendered): signing in is open, the own account needs a session.
        AccessEntry.Page("/Account/Login", AccessPolicies.Anonymous),
        AccessEntry.Page("/Account/LoginWith2fa", AccessPolicies.Anonymous),
        AccessEntry.Page("/Account/LoginWithRecoveryCode", AccessPolicies.Anonymous),
        AccessEntry.Page("/Account/Lockout", AccessPolicies.Anonymous),
        AccessEntry.Page("/Account/InvalidUser", AccessPolicies.Anonymous),
        AccessEntry.Page("/Account/AccessDenied", AccessPolicies.Anonymous),
        AccessEntry.Page("/Account/Manage", AccessPolicies.SignedIn),
        AccessEntry.Page("/Account/Manage/ChangePassword", AccessPolicies.SignedIn),
        AccessEntry.Page("/Account/Manage/TwoFactorAuthentication", AccessPolicies.SignedIn),
        AccessEntry.Page("/Account/Manage/EnableAuthenticator", AccessPolicies.SignedIn),
        AccessEntry.Page("/Account/Manage/Disable2fa", AccessPolicies.SignedIn),
        AccessEntry.Page("/Account/Manage/GenerateRecoveryCodes", AccessPolicies.SignedIn),
        AccessEntry.Page("/Account/Manage/ResetAuthenticator", AccessPolicies.SignedIn),

        // Error pages: whoever hit the error or the missing address.
        AccessEntry.Page("/Error", AccessPolicies.Anonymous),
        AccessEntry.Page("/not-found", AccessPolicies.Anonymous),

        // Endpoints.
        AccessEntry.Endpoint("/Account/Logout", AccessPolicies.Anonymous),
        AccessEntry.Endpoint("/culture/set", AccessPolicies.Anonymous),
        AccessEntry.Endpoint("/health", AccessPolicies.Anonymous),
        AccessEntry.Endpoint("/cases/{caseId:int}/attachments/{attachmentId:int}", AccessPolicies.Staff),
        AccessEntry.Endpoint("/reports/{requestId:int}/download", AccessPolicies.Staff),
        AccessEntry.Endpoint("/jobs/{**path}", AccessPolicies.Administration),

        // The framework: fingerprinted static files and the Blazor circuit (pages check their own policy on navigation).
        AccessEntry.Under("/_content/", AccessPolicies.Anonymous),
        AccessEntry.Under("/_framework/", AccessPolicies.Anonymous),
        AccessEntry.Under("/_blazor", AccessPolicies.Anonymous),
        AccessEntry.Under("/Features/", AccessPolicies.Anonymous), // components' collocated scripts (*.razor.js)
        // Development only: wwwroot files not yet in the build's manifest. The framework maps it out of reach of
        // conventions, so the fallback policy holds it: signed-in users (the sign-in page needs none of these files).
        AccessEntry.Endpoint("/{**path:file}", AccessPolicies.SignedIn),
    ];

    /// <summary>The row for a route pattern, or null when the route is not listed (and so closed by the fallback policy).</summary>
    public static AccessEntry? Find(string route)
    {
        var normalised = "/" + route.TrimStart('/');
        return Entries.FirstOrDefault(e => e.Matches(normalised));
    }

    /// <summary>The roles a navigation link to this page needs; empty for any signed-in user.</summary>
    public static IReadOnlyList<string> RolesFor(string route) =>
        Find(route) is { } entry ? AccessPolicies.RoleSetOf.GetValueOrDefault(entry.Policy, []) : throw new InvalidOperationException($"{route} is not in the access table.");

    /// <summary>Registers one policy per role set and the fallback: an endpoint nobody listed needs a signed-in user.</summary>
    public static AuthorizationBuilder AddAccessTablePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, roles) in AccessPolicies.RoleSetOf)
        {
            authorization.AddPolicy(name, p =>
            {
                p.RequireAuthenticatedUser();
                if (roles.Count > 0)
                {
                    p.RequireRole(roles);
                }
            });
        }

        return authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    /// <summary>Gives each endpoint of the builder the authorization its table row says (pages carry their own attribute).</summary>
    public static TBuilder WithAccessFromTable<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder { RoutePattern: var pattern }
                || endpoint.Metadata.Any(m => m is IAuthorizeData or IAllowAnonymous)
                || Find(Route(pattern)) is not { } entry)
            {
                return;
            }

            endpoint.Metadata.Add(entry.Policy == AccessPolicies.Anonymous ? new AllowAnonymousAttribute() : new AuthorizeAttribute(entry.Policy));
        });
        return builder;
    }

    /// <summary>A route pattern as the table writes it: with its leading slash.</summary>
    public static string Route(RoutePattern pattern) => "/" + (pattern.RawText ?? "").TrimStart('/');
}

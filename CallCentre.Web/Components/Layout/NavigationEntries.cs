using CallCentre.Domain.Accounts;
using MudBlazor;

namespace CallCentre.Web.Components.Layout;

/// <summary>Every navigation link of the shell and the roles that may use it; the menu shows a user only their entries.</summary>
public static class NavigationEntries
{
    public static readonly IReadOnlyList<NavigationEntry> All =
    [
        new("/", "Nav.Home", Icons.Material.Filled.Home, []),
        new("/inbox", "Nav.Inbox", Icons.Material.Filled.Inbox, [Roles.AgencyOfficer, Roles.AgencyHead]),
        new("/queues", "Nav.Queues", Icons.Material.Filled.PendingActions, [Roles.Supervisor, Roles.Administrator]),
        new("/board", "Nav.Board", Icons.Material.Filled.NotificationImportant, [Roles.Supervisor, Roles.Administrator]),
        new("/intake", "Nav.Intake", Icons.Material.Filled.AddIcCall, [Roles.Operator, Roles.Supervisor]),
        new("/cases", "Nav.Cases", Icons.Material.Filled.ListAlt, [Roles.Operator, Roles.Supervisor, Roles.AgencyOfficer, Roles.AgencyHead, Roles.Auditor, Roles.Administrator]),
        new("/agency/templates", "Nav.Templates", Icons.Material.Filled.Article, [Roles.AgencyHead, Roles.Administrator]),
        new("/admin/users", "Nav.Users", Icons.Material.Filled.ManageAccounts, [Roles.Administrator]),
        new("/admin/routing", "Nav.Routing", Icons.Material.Filled.AltRoute, [Roles.Administrator]),
        new("/admin/calendar", "Nav.Calendar", Icons.Material.Filled.CalendarMonth, [Roles.Administrator]),
        new("/admin/sla", "Nav.Sla", Icons.Material.Filled.Timer, [Roles.Administrator]),
        new("/reports", "Nav.Reports", Icons.Material.Filled.TableView, [.. CallCentre.Domain.Reports.ReportAccess.PageRoles]),
        new("/audit", "Nav.Audit", Icons.Material.Filled.VerifiedUser, [Roles.Auditor, Roles.Administrator]),
        new("/Account/Manage", "Nav.MyAccount", Icons.Material.Filled.Person, []),
    ];

    public static IEnumerable<NavigationEntry> For(Func<string, bool> isInRole) =>
        All.Where(e => e.Roles.Count == 0 || e.Roles.Any(isInRole));
}

/// <summary>One link of the menu; an empty role list means every signed-in user.</summary>
public sealed record NavigationEntry(string Href, string TextKey, string Icon, IReadOnlyList<string> Roles)
{
    /// <summary>Links to static server-rendered pages (Identity) need a full page load.</summary>
    public bool ForceLoad => Href.StartsWith("/Account", StringComparison.Ordinal);

    /// <summary>Stable hook for browser tests: "nav-" and the text key, e.g. nav-Nav.Users.</summary>
    public string TestId => "nav-" + TextKey;
}

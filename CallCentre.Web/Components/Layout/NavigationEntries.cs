using CallCentre.Web.Infrastructure;
using MudBlazor;

namespace CallCentre.Web.Components.Layout;

/// <summary>Every navigation link of the shell; the menu shows a user the links whose page the access table lets them open.</summary>
public static class NavigationEntries
{
    public static readonly IReadOnlyList<NavigationEntry> All =
    [
        new("/", "Nav.Home", Icons.Material.Filled.Home),
        new("/inbox", "Nav.Inbox", Icons.Material.Filled.Inbox),
        new("/queues", "Nav.Queues", Icons.Material.Filled.PendingActions),
        new("/board", "Nav.Board", Icons.Material.Filled.NotificationImportant),
        new("/intake", "Nav.Intake", Icons.Material.Filled.AddIcCall),
        new("/cases", "Nav.Cases", Icons.Material.Filled.ListAlt),
        new("/agency/templates", "Nav.Templates", Icons.Material.Filled.Article),
        new("/admin/users", "Nav.Users", Icons.Material.Filled.ManageAccounts),
        new("/admin/routing", "Nav.Routing", Icons.Material.Filled.AltRoute),
        new("/admin/calendar", "Nav.Calendar", Icons.Material.Filled.CalendarMonth),
        new("/admin/sla", "Nav.Sla", Icons.Material.Filled.Timer),
        new("/reports", "Nav.Reports", Icons.Material.Filled.TableView),
        new("/audit", "Nav.Audit", Icons.Material.Filled.VerifiedUser),
        new("/Account/Manage", "Nav.MyAccount", Icons.Material.Filled.Person),
    ];

    public static IEnumerable<NavigationEntry> For(Func<string, bool> isInRole) =>
        All.Where(e => e.Roles.Count == 0 || e.Roles.Any(isInRole));
}

/// <summary>One link of the menu.</summary>
public sealed record NavigationEntry(string Href, string TextKey, string Icon)
{
    /// <summary>The roles the access table lets open the page; empty means every signed-in user.</summary>
    public IReadOnlyList<string> Roles { get; } = AccessTable.RolesFor(Href);

    /// <summary>Links to static server-rendered pages (Identity) need a full page load.</summary>
    public bool ForceLoad => Href.StartsWith("/Account", StringComparison.Ordinal);

    /// <summary>Stable hook for browser tests: "nav-" and the text key, e.g. nav-Nav.Users.</summary>
    public string TestId => "nav-" + TextKey;
}

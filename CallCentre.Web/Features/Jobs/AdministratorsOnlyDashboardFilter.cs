using CallCentre.Domain.Access;
using Hangfire.Dashboard;

namespace CallCentre.Web.Features.Jobs;

/// <summary>Hangfire's own check behind the access table's policy on the dashboard: administrators only.</summary>
public sealed class AdministratorsOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => RoleSets.Administration.Any(context.GetHttpContext().User.IsInRole);
}

using CallCentre.Domain.Accounts;
using Hangfire.Dashboard;

namespace CallCentre.Web.Features.Jobs;

/// <summary>Lets only signed-in administrators see the job dashboard; Hangfire answers others 401 or 403.</summary>
public sealed class AdministratorsOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
}

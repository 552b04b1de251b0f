using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;

namespace CallCentre.Domain.Workflow;

/// <summary>Who a case may be given to: active agency staff of the case's own organisation.</summary>
internal static class CaseOfficers
{
    public static IQueryable<ApplicationUser> Of(CallCentreDbContext db, int? organisationId) =>
        db.Users.Where(u => organisationId != null && u.OrganisationId == organisationId
            && db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.AgencyOfficer || r.Name == Roles.AgencyHead))));
}

using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.Cases;

/// <summary>The roles that may open case screens; what each sees within them is decided by the domain's case visibility.</summary>
public static class CaseRoles
{
    public const string Staff = Roles.Operator + "," + Roles.Supervisor + "," + Roles.AgencyOfficer + "," + Roles.AgencyHead + "," + Roles.Auditor + "," + Roles.Administrator;
}

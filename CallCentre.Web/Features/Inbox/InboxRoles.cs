using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.Inbox;

/// <summary>The roles that have an inbox: an organisation's staff.</summary>
public static class InboxRoles
{
    public const string Agency = Roles.AgencyOfficer + "," + Roles.AgencyHead;
}

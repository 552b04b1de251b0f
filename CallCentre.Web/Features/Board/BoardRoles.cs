using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.Board;

/// <summary>Who may open the supervisor board: supervisors watch it, administrators look.</summary>
public static class BoardRoles
{
    public const string Viewers = Roles.Supervisor + "," + Roles.Administrator;
}

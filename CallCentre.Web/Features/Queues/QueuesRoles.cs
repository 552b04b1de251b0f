using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.Queues;

/// <summary>Who may open the queues: supervisors work them, administrators look.</summary>
public static class QueuesRoles
{
    public const string Viewers = Roles.Supervisor + "," + Roles.Administrator;
}

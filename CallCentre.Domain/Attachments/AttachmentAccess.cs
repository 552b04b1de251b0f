using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Attachments;

/// <summary>
/// Who may see a case's files and who may add to them. Call-centre, audit and administration staff see every case; agency
/// staff only cases assigned to their organisation or one of its units. Adding is for operators, supervisors and the agency
/// staff of the assigned organisation itself, as <see cref="Cases.Case.RecordAttachment"/> enforces.
/// </summary>
/// <remarks>Meant to give way to the shared case-visibility rule once there is one.</remarks>
public static class AttachmentAccess
{
    private const int MaxOrganisationDepth = 16;

    private static readonly string[] SeeAllRoles = [Roles.Operator, Roles.Supervisor, Roles.Auditor, Roles.Administrator];
    private static readonly string[] AddRoles = [Roles.Operator, Roles.Supervisor, Roles.AgencyOfficer, Roles.AgencyHead];

    public static async Task<bool> MaySeeCaseAsync(CallCentreDbContext db, Actor actor, int? assignedOrganisationId, CancellationToken cancellationToken = default)
    {
        if (actor.IsInAny(SeeAllRoles))
        {
            return true;
        }

        if (!actor.IsAgencyStaff || actor.OrganisationId is not { } own || assignedOrganisationId is null)
        {
            return false;
        }

        // Walk up from the assigned organisation: the actor's organisation must be it or one of its ancestors.
        int? current = assignedOrganisationId;
        for (var depth = 0; current is not null && depth < MaxOrganisationDepth; depth++)
        {
            if (current == own)
            {
                return true;
            }

            var id = current.Value;
            current = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.ParentId).FirstOrDefaultAsync(cancellationToken);
        }

        return false;
    }

    /// <summary>Null when the actor may add files to a case they can see, else the message key saying why not.</summary>
    public static string? RefusalToAdd(Actor actor, int? assignedOrganisationId) =>
        !actor.IsInAny(AddRoles) ? "Case.NotAllowedForRole"
        : actor.IsAgencyStaff && actor.OrganisationId != assignedOrganisationId ? "Case.NotYourOrganisation"
        : null;
}

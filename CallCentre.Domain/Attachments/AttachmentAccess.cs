using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Attachments;

/// <summary>
/// Who may see a case's files (whoever may see the case, by <see cref="CaseVisibility"/>) and who may add to them. Adding is for operators, supervisors and the agency
/// staff of the assigned organisation itself, as <see cref="Cases.Case.RecordAttachment"/> enforces.
/// </summary>
public static class AttachmentAccess
{
    private static readonly string[] AddRoles = [Roles.Operator, Roles.Supervisor, Roles.AgencyOfficer, Roles.AgencyHead];

    public static async Task<bool> MaySeeCaseAsync(CallCentreDbContext db, Actor actor, int? assignedOrganisationId, CancellationToken cancellationToken = default)
    {
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        return visibility.SeesAll || (assignedOrganisationId is { } organisationId && visibility.Covers(organisationId));
    }

    /// <summary>
    /// A caller's voice identifies them: on a confidential case agency staff get no call recordings, as they get no caller details.
    /// </summary>
    public static bool WithholdsRecordings(Actor actor, bool callerIsConfidential) => callerIsConfidential && actor.IsAgencyStaff;

    /// <summary>
    /// Confidential means sealed: agency staff get no recording of a confidential case, and its photos and documents only
    /// once a supervisor has released them; until then the file answers as missing (404).
    /// </summary>
    public static bool IsSealed(Actor actor, bool callerIsConfidential, AttachmentKind kind, DateTime? releasedAtUtc) =>
        callerIsConfidential && actor.IsAgencyStaff && (kind == AttachmentKind.Audio || releasedAtUtc is null);

    /// <summary>Whether this viewer is shown file names of a confidential case: not agency staff (names are often phone numbers).</summary>
    public static bool HidesFileNames(Actor actor, bool callerIsConfidential) => callerIsConfidential && actor.IsAgencyStaff;

    /// <summary>The name a released file is shown and downloaded under when its real name is hidden.</summary>
    public static string NeutralName(int attachmentId, string fileName) => $"attachment-{attachmentId}{Path.GetExtension(fileName)}";

    /// <summary>Null when the actor may add files to a case they can see, else the message key saying why not.</summary>
    public static string? RefusalToAdd(Actor actor, int? assignedOrganisationId) =>
        !actor.IsInAny(AddRoles) ? "Case.NotAllowedForRole"
        : actor.IsAgencyStaff && actor.OrganisationId != assignedOrganisationId ? "Case.NotYourOrganisation"
        : null;
}

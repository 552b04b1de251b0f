using CallCentre.Domain.Access;
using CallCentre.Domain.Accounts;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Which role may run which report. Auditors and supervisors run every case report; an agency head runs them for their
/// own organisation only (forced on the server). The audit log is for auditors and administrators, as the audit page
/// is; administrators run only that one — they own the system, not the casework.
/// </summary>
public static class ReportAccess
{
    public static bool MayRun(Actor actor, ReportKind kind) => kind switch
    {
        ReportKind.AuditLog => actor.IsInAny(RoleSets.AuditReaders),
        _ => actor.IsInAny([Roles.Auditor, Roles.Supervisor]) || IsAgencyHead(actor),
    };

    /// <summary>The reports this actor may run, in the page's order.</summary>
    public static IReadOnlyList<ReportKind> KindsFor(Actor actor) => [.. Enum.GetValues<ReportKind>().Where(k => MayRun(actor, k))];

    /// <summary>An agency head (and nothing wider): their reports are always of their own organisation.</summary>
    public static bool IsAgencyHead(Actor actor) => actor.IsAgencyStaff && actor.IsIn(Roles.AgencyHead) && actor.OrganisationId is not null;

    /// <summary>The monthly report the system makes is offered to every supervisor.</summary>
    public static bool SeesSystemReports(Actor actor) => actor.IsIn(Roles.Supervisor);
}

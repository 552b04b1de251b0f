using CallCentre.Domain.Accounts;

namespace CallCentre.Domain.Access;

/// <summary>
/// The groups of roles the access table grants pages and endpoints to, each said once. What a user sees inside a page
/// (their organisation's cases, the reports they may run) is the domain's rule, not these sets.
/// </summary>
public static class RoleSets
{
    /// <summary>Every staff role: the case screens and the files of a case.</summary>
    public static readonly IReadOnlyList<string> Staff = Roles.All;

    /// <summary>Those who take calls.</summary>
    public static readonly IReadOnlyList<string> Intake = [Roles.Operator, Roles.Supervisor];

    /// <summary>The queues and the board: supervisors work them, administrators look.</summary>
    public static readonly IReadOnlyList<string> Supervision = [Roles.Supervisor, Roles.Administrator];

    /// <summary>An organisation's staff: they have an inbox.</summary>
    public static readonly IReadOnlyList<string> Agency = [Roles.AgencyOfficer, Roles.AgencyHead];

    /// <summary>Who keeps an organisation's response templates.</summary>
    public static readonly IReadOnlyList<string> TemplateEditors = [Roles.AgencyHead, Roles.Administrator];

    /// <summary>Who owns the system: users, routing, calendar, SLA, the jobs dashboard.</summary>
    public static readonly IReadOnlyList<string> Administration = [Roles.Administrator];

    /// <summary>Who browses and verifies the audit chain.</summary>
    public static readonly IReadOnlyList<string> AuditReaders = [Roles.Auditor, Roles.Administrator];

    /// <summary>Who opens the reports page; which reports each may run is <c>ReportAccess.MayRun</c>.</summary>
    public static readonly IReadOnlyList<string> ReportReaders = [Roles.Auditor, Roles.Supervisor, Roles.AgencyHead, Roles.Administrator];
}

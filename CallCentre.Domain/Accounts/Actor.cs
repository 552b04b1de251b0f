namespace CallCentre.Domain.Accounts;

/// <summary>The signed-in person a use case acts for: the domain checks their roles and organisation.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<string> Roles, int? OrganisationId)
{
    /// <summary>
    /// An administrator's grant to this user (an auditor) to see callers' personal data unmasked; staff of the
    /// call centre and administrators see it by their role.
    /// </summary>
    public bool MaySeePersonalData { get; init; }

    /// <summary>The actor of the jobs the system runs by itself (deadline scans, digests, report generation, audit checks).</summary>
    public static Actor System { get; } = new("system", "CallCentre", new HashSet<string>(), null);

    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsInAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    /// <summary>Agency roles see and act only within their organisation.</summary>
    public bool IsAgencyStaff => !IsInAny([Accounts.Roles.Operator, Accounts.Roles.Supervisor, Accounts.Roles.Auditor, Accounts.Roles.Administrator])
        && IsInAny([Accounts.Roles.AgencyOfficer, Accounts.Roles.AgencyHead]);
}

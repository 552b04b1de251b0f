namespace CallCentre.Domain.Accounts;

/// <summary>The six staff roles of DESIGN.md; citizens never sign in.</summary>
public static class Roles
{
    public const string Operator = "Operator";
    public const string Supervisor = "Supervisor";
    public const string AgencyOfficer = "AgencyOfficer";
    public const string AgencyHead = "AgencyHead";
    public const string Auditor = "Auditor";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Operator, Supervisor, AgencyOfficer, AgencyHead, Auditor, Administrator];

    /// <summary>Agency roles see only their organisation's cases, so a user in them must belong to one.</summary>
    public static bool RequiresOrganisation(string role) => role is AgencyOfficer or AgencyHead;

    public static bool IsKnown(string role) => All.Contains(role);
}

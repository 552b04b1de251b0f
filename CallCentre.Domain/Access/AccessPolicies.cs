namespace CallCentre.Domain.Access;

/// <summary>
/// The authorization policies of the access table, by name, and the role set each grants. The Web registers one ASP.NET
/// Core policy per entry of <see cref="RoleSetOf"/>; pages name them in <c>[Authorize(Policy = AccessPolicies.X)]</c>.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Anyone, signed in or not (the sign-in pages, static files, health). Not a policy: <c>[AllowAnonymous]</c>.</summary>
    public const string Anonymous = "Anonymous";

    /// <summary>Any signed-in user, whatever their roles (home, notifications, their own account).</summary>
    public const string SignedIn = "SignedIn";

    public const string Staff = "Staff";
    public const string Intake = "Intake";
    public const string Supervision = "Supervision";
    public const string Agency = "Agency";
    public const string TemplateEditors = "TemplateEditors";
    public const string Administration = "Administration";
    public const string AuditReaders = "AuditReaders";
    public const string ReportReaders = "ReportReaders";

    /// <summary>Each role-based policy and its roles; <see cref="SignedIn"/> has none (authenticated is enough).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RoleSetOf = new Dictionary<string, IReadOnlyList<string>>
    {
        [SignedIn] = [],
        [Staff] = RoleSets.Staff,
        [Intake] = RoleSets.Intake,
        [Supervision] = RoleSets.Supervision,
        [Agency] = RoleSets.Agency,
        [TemplateEditors] = RoleSets.TemplateEditors,
        [Administration] = RoleSets.Administration,
        [AuditReaders] = RoleSets.AuditReaders,
        [ReportReaders] = RoleSets.ReportReaders,
    };

    /// <summary>Whether a user with these roles (signed in or not) passes the policy.</summary>
    public static bool Allows(string policy, bool signedIn, IEnumerable<string> roles) => policy switch
    {
        Anonymous => true,
        _ when !signedIn => false,
        _ => RoleSetOf[policy] is var set && (set.Count == 0 || roles.Any(set.Contains)),
    };
}

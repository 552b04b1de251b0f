namespace CallCentre.Web.Features.Accounts;

/// <summary>The <c>Security</c> settings: who must use an authenticator app and how soon a changed account loses its open sessions.</summary>
public sealed class SecuritySettings
{
    public const string Section = "Security";

    public IReadOnlyList<string> RequireTwoFactorForRoles { get; set; } = ["Administrator", "Auditor"];

    /// <summary>Development only: lets the seeded demo accounts sign in without enrolling an authenticator.</summary>
    public bool ExemptDemoAccountsFromTwoFactor { get; set; }

    public int SecurityStampValidationMinutes { get; set; } = 5;

    public TimeSpan SecurityStampValidationInterval => TimeSpan.FromMinutes(Math.Clamp(SecurityStampValidationMinutes, 1, 5));
}

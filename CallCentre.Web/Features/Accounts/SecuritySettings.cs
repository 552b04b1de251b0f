using System.Security.Claims;

namespace CallCentre.Web.Features.Accounts;

/// <summary>The <c>Security</c> settings: who must use an authenticator app and how soon a changed account loses its open sessions.</summary>
public sealed class SecuritySettings
{
    public const string Section = "Security";

    public IReadOnlyList<string> RequireTwoFactorForRoles { get; set; } = ["Administrator", "Supervisor", "Auditor"];

    /// <summary>Development only: lets the seeded demo accounts sign in without enrolling an authenticator.</summary>
    public bool ExemptDemoAccountsFromTwoFactor { get; set; }

    public int SecurityStampValidationMinutes { get; set; } = 5;

    /// <summary>Whether the user's role obliges them to sign in with an authenticator app (demo accounts may be exempt in Development).</summary>
    public bool RequiresTwoFactor(ClaimsPrincipal user)
    {
        if (ExemptDemoAccountsFromTwoFactor && user.HasClaim(CallCentreClaims.DemoAccount, "true"))
        {
            return false;
        }

        return RequireTwoFactorForRoles.Any(user.IsInRole);
    }

    public TimeSpan SecurityStampValidationInterval => TimeSpan.FromMinutes(Math.Clamp(SecurityStampValidationMinutes, 1, 5));
}

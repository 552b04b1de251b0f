using System.Globalization;
using System.Security.Claims;
using CallCentre.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CallCentre.Web.Features.Accounts;

/// <summary>Puts the user's display name, organisation and 2FA state into the cookie, refreshed with every security-stamp check.</summary>
internal sealed class CallCentreClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CallCentreClaims.DisplayName, user.DisplayName));
        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(CallCentreClaims.OrganisationId, organisationId.ToString(CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(CallCentreClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        if (user.MaySeePersonalData)
        {
            identity.AddClaim(new Claim(CallCentreClaims.PersonalData, "true"));
        }

        if (user.IsDemoAccount)
        {
            identity.AddClaim(new Claim(CallCentreClaims.DemoAccount, "true"));
        }

        return identity;
    }
}
